/**
 * Folds a run's new-article counts per feed into counts per section (the
 * section each feed is in when the run ends), so the host can notify about
 * the sections the reader chose. A store that fails here costs only the
 * breakdown, never the run's outcome.
 */
import type { SyncFinished } from '../../api/methods/sync';
import { all, get, type Db } from '../db/sql';

export function newArticlesBySection(db: Db, newByFeed: ReadonlyMap<string, number>): SyncFinished['newBySection'] {
  const totals = new Map<string | null, number>();
  try {
    for (const [feedId, count] of newByFeed) {
      const row = get<{ section_id: number | null }>(db, 'SELECT section_id FROM feeds WHERE id = ?', Number(feedId));
      const sectionId = row?.section_id === null || row?.section_id === undefined ? null : String(row.section_id);
      totals.set(sectionId, (totals.get(sectionId) ?? 0) + count);
    }
  } catch {
    return [];
  }
  return [...totals].map(([sectionId, newArticles]) => ({ sectionId, newArticles }));
}

/** The same breakdown for articles a sync service's account stored (by their ids), in the sections they are in. */
export function newArticleIdsBySection(db: Db, articleIds: readonly number[]): SyncFinished['newBySection'] {
  const totals = new Map<string | null, number>();
  try {
    for (let start = 0; start < articleIds.length; start += 500) {
      const chunk = articleIds.slice(start, start + 500);
      const rows = all<{ section_id: number | null; count: number }>(
        db,
        `SELECT section_id, COUNT(*) AS count FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})
         GROUP BY section_id`,
        ...chunk,
      );
      for (const row of rows) {
        const sectionId = row.section_id === null ? null : String(row.section_id);
        totals.set(sectionId, (totals.get(sectionId) ?? 0) + row.count);
      }
    }
  } catch {
    return [];
  }
  return [...totals].map(([sectionId, newArticles]) => ({ sectionId, newArticles }));
}
