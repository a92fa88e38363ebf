/**
 * What the reader changed about articles in this window, laid over whatever
 * was loaded: read state, and the bookmark with its tags and note. Lists are
 * paged and virtualized, so patching the one shared map is cheaper and
 * simpler than reloading every page after a click; fresh pages from the core
 * agree with it anyway. It is the one source of truth for a bookmark the
 * reader touched: list rows, the article view, its toolbar and the bookmark
 * editor all read it, and only the article actions write it.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { bookmarkGlance } from '@contract/bookmark-glance';
import type { ArticleSummary, Bookmark } from '@contract/library-models';

export interface ArticleChanges {
  isRead?: boolean;
  /** The bookmark as it now stands, null once removed; undefined: as loaded. */
  bookmark?: Bookmark | null;
  /** False once the reader chose "Show again" for an article a rule hid. */
  hiddenByRule?: boolean;
}

interface ArticleStateValue {
  changes: ReadonlyMap<string, ArticleChanges>;
  /** Changes each article from what it is now in this window. */
  update: (ids: readonly string[], change: (current: ArticleChanges) => ArticleChanges) => void;
}

const ArticleStateContext = createContext<ArticleStateValue | null>(null);

export function ArticleStateProvider({ children }: { children: ReactNode }) {
  const [changes, setChanges] = useState<ReadonlyMap<string, ArticleChanges>>(new Map());
  const update = useCallback((ids: readonly string[], change: (current: ArticleChanges) => ArticleChanges) => {
    setChanges((current) => {
      const copy = new Map(current);
      for (const id of ids) copy.set(id, change(copy.get(id) ?? {}));
      return copy;
    });
  }, []);
  const value = useMemo(() => ({ changes, update }), [changes, update]);
  return <ArticleStateContext value={value}>{children}</ArticleStateContext>;
}

export function useArticleState(): ArticleStateValue {
  const value = useContext(ArticleStateContext);
  if (!value) throw new Error('useArticleState() needs an <ArticleStateProvider> above it.');
  return value;
}

/** The article (a summary or in full) with what the reader changed since it loaded. */
export function withChanges<T extends ArticleSummary & { bookmark?: Bookmark | null }>(
  article: T,
  changes: ReadonlyMap<string, ArticleChanges>,
): T {
  const changed = changes.get(article.id);
  if (!changed) return article;
  const shown: T = { ...article };
  if (changed.isRead !== undefined) shown.isRead = changed.isRead;
  if (changed.hiddenByRule !== undefined) shown.hiddenByRule = changed.hiddenByRule;
  if (changed.bookmark !== undefined) {
    shown.isBookmarked = changed.bookmark !== null;
    if ('bookmark' in article) shown.bookmark = changed.bookmark;
    // A bookmarks list row shows the tags and note as the reader just left them.
    if (article.bookmarkGlance)
      shown.bookmarkGlance = changed.bookmark
        ? bookmarkGlance(changed.bookmark.tags, changed.bookmark.note)
        : undefined;
  }
  return shown;
}
