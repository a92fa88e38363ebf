/**
 * Which articles an export holds, newest first, as row ids. Only the ids are
 * gathered up front (a few bytes each, so 100,000 articles still fit easily);
 * the heavy content is loaded page by page while writing. Lists and searches
 * go through the library's own queries, so an export holds exactly what the
 * reader sees in that view.
 */
import type { ExportSelection } from '../../api/methods/exports';
import { all, type Db } from '../db/sql';
import { listArticles } from '../library/articles/list-articles';
import { toRowId, notFound } from '../library/row-ids';
import { searchArticles } from '../library/search/search-articles';

const LIST_PAGE = 200;
const SEARCH_PAGE = 100;
/** The search's own deepest page; past it results are reached by narrower queries. */
const SEARCH_MAX = 10_000;

export function selectArticleIds(db: Db, what: ExportSelection, now: number): number[] {
  switch (what.kind) {
    case 'article':
      return existing(db, [toRowId(what.id, 'article')], what.id);
    case 'articles':
      return existing(db, [...new Set(what.ids.map((id) => toRowId(id, 'article')))], what.ids[0] ?? '');
    case 'scope':
      return listIds(db, what.scope, now);
    case 'search':
      return searchIds(db, what.query);
  }
}

function existing(db: Db, ids: number[], firstId: string): number[] {
  const found = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const sql = `SELECT id FROM articles WHERE id IN (${part.map(() => '?').join(',')})`;
    for (const row of all<{ id: number }>(db, sql, ...part)) found.add(row.id);
  }
  if (found.size === 0) throw notFound('article', firstId);
  return ids.filter((id) => found.has(id));
}

function listIds(db: Db, scope: Extract<ExportSelection, { kind: 'scope' }>['scope'], now: number): number[] {
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const page = listArticles(
      db,
      { scope, order: 'newest', limit: LIST_PAGE, unreadOnly: false, ...(cursor ? { cursor } : {}) },
      now,
    );
    for (const item of page.items) ids.push(Number(item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

function searchIds(db: Db, query: string): number[] {
  const ids: number[] = [];
  for (let offset = 0; offset < SEARCH_MAX; offset += SEARCH_PAGE) {
    const result = searchArticles(db, {
      query,
      order: 'newest',
      limit: SEARCH_PAGE,
      offset,
      unreadOnly: false,
      bookmarkedOnly: false,
    });
    for (const hit of result.hits) ids.push(Number(hit.article.id));
    if (!result.hasMore) break;
  }
  return ids;
}
