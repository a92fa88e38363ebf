/**
 * The one writer of `kept_notes`: the note and tags of a bookmark that was
 * un-starred on another device. The bookmark goes (starred there is
 * bookmarked here), what the reader wrote stays with the article and comes
 * back if it is starred again. Retention keeps these articles.
 */
import { get, run, type Db } from '../../db/sql';

export interface KeptNote {
  articleId: number;
  note: string;
  tags: readonly string[];
}

export function keepNote(db: Db, kept: KeptNote): void {
  run(
    db,
    `INSERT INTO kept_notes (article_id, note, tags) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, tags = excluded.tags`,
    kept.articleId,
    kept.note,
    JSON.stringify(kept.tags),
  );
}

export function findKeptNote(db: Db, articleId: number): KeptNote | undefined {
  const row = get<{ note: string; tags: string }>(
    db,
    'SELECT note, tags FROM kept_notes WHERE article_id = ?',
    articleId,
  );
  if (!row) return undefined;
  const tags = JSON.parse(row.tags) as unknown;
  return {
    articleId,
    note: row.note,
    tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
  };
}

export function deleteKeptNote(db: Db, articleId: number): void {
  run(db, 'DELETE FROM kept_notes WHERE article_id = ?', articleId);
}
