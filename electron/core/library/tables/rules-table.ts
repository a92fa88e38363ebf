/**
 * The one writer of `rules` (each rule's JSON, in run order), `rule_notifications` (articles a `notify` rule asked
 * to announce, until the sync that stored them says it finished) and `rule_undo` (what the last apply changed).
 * Validation belongs to the callers (`core/rules/`): these functions store what they are given.
 */
import { all, get, run, type Db } from '../../db/sql';

export interface RuleRow {
  id: number;
  position: number;
  /** The rule as written (`RuleInputSchema`'s output), as JSON. */
  body: string;
  createdAt: number;
  updatedAt: number;
}

export function listRuleRows(db: Db): RuleRow[] {
  return all<{ id: number; position: number; body: string; created_at: number; updated_at: number }>(
    db,
    'SELECT id, position, body, created_at, updated_at FROM rules ORDER BY position, id',
  ).map((row) => ({
    id: row.id,
    position: row.position,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Changes whenever a rule is added, changed, moved or removed, here or by another process (the CLI). */
export function rulesStamp(db: Db): string {
  return (
    get<{ stamp: string | null }>(
      db,
      "SELECT group_concat(id || ':' || position || ':' || updated_at) AS stamp FROM rules",
    )?.stamp ?? ''
  );
}

/** A new rule runs last. Returns its id. */
export function insertRule(db: Db, body: string, now: number): number {
  return get<{ id: number }>(
    db,
    `INSERT INTO rules (position, body, created_at, updated_at)
     VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM rules), ?, ?, ?) RETURNING id`,
    body,
    now,
    now,
  )!.id;
}

/** Returns whether the rule was there. */
export function replaceRuleBody(db: Db, id: number, body: string, now: number): boolean {
  return run(db, 'UPDATE rules SET body = ?, updated_at = ? WHERE id = ?', body, now, id) > 0;
}

/** Returns whether the rule was there. */
export function deleteRule(db: Db, id: number): boolean {
  return run(db, 'DELETE FROM rules WHERE id = ?', id) > 0;
}

export function setRulePosition(db: Db, id: number, position: number): void {
  run(db, 'UPDATE rules SET position = ? WHERE id = ? AND position <> ?', position, id, position);
}

/** Announce these articles at the end of the sync that stored them. */
export function queueRuleNotifications(db: Db, articleIds: readonly number[]): void {
  for (const id of articleIds) run(db, 'INSERT OR IGNORE INTO rule_notifications (article_id) VALUES (?)', id);
}

/** Takes the articles waiting to be announced (every one, once). */
export function takeRuleNotifications(db: Db): number[] {
  const ids = all<{ article_id: number }>(db, 'SELECT article_id FROM rule_notifications ORDER BY article_id').map(
    (row) => row.article_id,
  );
  if (ids.length > 0) run(db, 'DELETE FROM rule_notifications');
  return ids;
}

/** An article as it was before an apply changed it. */
export interface UndoRow {
  articleId: number;
  wasRead: boolean;
  wasHidden: boolean;
  wasBookmarked: boolean;
  /** Its bookmark's tags then (bookmarked articles only). */
  bookmarkTags: readonly string[] | null;
  /** Its `rule_tags` then. */
  ruleTags: string | null;
}

/** A new apply's record replaces the last one's. */
export function replaceUndoRecord(db: Db, rows: readonly UndoRow[]): void {
  run(db, 'DELETE FROM rule_undo');
  for (const row of rows)
    run(
      db,
      `INSERT INTO rule_undo (article_id, was_read, was_hidden, was_bookmarked, bookmark_tags, rule_tags)
       VALUES (?, ?, ?, ?, ?, ?)`,
      row.articleId,
      row.wasRead ? 1 : 0,
      row.wasHidden ? 1 : 0,
      row.wasBookmarked ? 1 : 0,
      row.bookmarkTags === null ? null : JSON.stringify(row.bookmarkTags),
      row.ruleTags,
    );
}

/** The last apply's record, emptied: an undo happens once. */
export function takeUndoRecord(db: Db): UndoRow[] {
  const rows = all<{
    article_id: number;
    was_read: number;
    was_hidden: number;
    was_bookmarked: number;
    bookmark_tags: string | null;
    rule_tags: string | null;
  }>(db, 'SELECT * FROM rule_undo ORDER BY article_id');
  run(db, 'DELETE FROM rule_undo');
  return rows.map((row) => ({
    articleId: row.article_id,
    wasRead: row.was_read === 1,
    wasHidden: row.was_hidden === 1,
    wasBookmarked: row.was_bookmarked === 1,
    bookmarkTags: row.bookmark_tags === null ? null : (JSON.parse(row.bookmark_tags) as string[]),
    ruleTags: row.rule_tags,
  }));
}
