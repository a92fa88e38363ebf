/**
 * The lead pictures of the rows a list or the front page holds, from the offline cache only. Rows arrive a page
 * at a time, and each new page is asked for in one `images.thumbnails` call (never one call per row); everything
 * shown is asked again when the core says it stored new pictures (`images.cached`), keeping the old answers on
 * screen meanwhile. A row gets a cache address, the placeholder, or nothing: never the publisher's address, which
 * the CSP refuses for http, which fails offline, and which would tell the publisher what the reader is browsing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import type { ListPicture } from '@contract/methods/images';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from '../hooks/use-api-event';
import { PAGE_SIZE } from './use-article-pages';

export type RowPicture =
  /** The article has no lead picture. */
  | { kind: 'none' }
  /** Not known yet. */
  | { kind: 'loading' }
  | { kind: 'cached'; src: string }
  /** It has one, but it was not kept offline (or cannot be looked up): the placeholder. */
  | { kind: 'missing' };

interface Answer {
  generation: number;
  picture: ListPicture | null;
}

/** The only addresses a row may show: the offline cache's, in Electron and in the preview. */
const CACHE_URL = /^(?:bsimg:\/\/img\/|\/images\/)[A-Za-z0-9_-]{64}$/;

const NONE: RowPicture = { kind: 'none' };
const LOADING: RowPicture = { kind: 'loading' };
const MISSING: RowPicture = { kind: 'missing' };

/** A row's small copy, or the full cached picture (the front page's lead story), falling back to the small one. */
export type PictureSize = 'thumbnail' | 'image';

export function useListPictures(
  articles: readonly ArticleSummary[],
  enabled = true,
): (article: ArticleSummary, size?: PictureSize) => RowPicture {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer>>(() => new Map());
  const asked = useRef({ generation: 0, ids: new Set<string>() });
  const mounted = useRef(true);

  useApiEvent('images.cached', () => setGeneration((n) => n + 1));
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!enabled) return;
    if (asked.current.generation !== generation) asked.current = { generation, ids: new Set() };
    const wanted = articles.filter((a) => a.leadImageUrl !== null && !asked.current.ids.has(a.id)).map((a) => a.id);
    for (const id of wanted) asked.current.ids.add(id);
    for (let start = 0; start < wanted.length; start += PAGE_SIZE) {
      const page = wanted.slice(start, start + PAGE_SIZE);
      const settle = (pictures: Readonly<Record<string, ListPicture>> | null) =>
        mounted.current &&
        setAnswers((previous) => {
          const next = new Map(previous);
          for (const id of page) {
            // An answer to an older question never replaces a newer one.
            if ((previous.get(id)?.generation ?? -1) > generation) continue;
            next.set(id, { generation, picture: pictures ? (pictures[id] ?? null) : null });
          }
          return next;
        });
      api.call('images.thumbnails', page).then(settle, () => settle(null));
    }
  }, [api, articles, enabled, generation]);

  return useCallback(
    (article: ArticleSummary, size: PictureSize = 'thumbnail'): RowPicture => {
      if (article.leadImageUrl === null) return NONE;
      const answer = answers.get(article.id);
      if (!answer) return LOADING;
      const src = (size === 'image' ? answer.picture?.image : null) ?? answer.picture?.thumbnail;
      return src && CACHE_URL.test(src) ? { kind: 'cached', src } : MISSING;
    },
    [answers],
  );
}
