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

/** What an apply changed on one article: enough to take back exactly that, and nothing the reader did since. */
export interface UndoRow {
  articleId: number;
  wasRead: boolean;
  wasHidden: boolean;
  /** The apply bookmarked it (it was not bookmarked before). */
  madeBookmark: boolean;
  addedBookmarkTags: readonly string[];
  /** Tags kept for a future bookmark: added by the apply, or moved onto the bookmark it made. */
  addedRuleTags: readonly string[];
  removedRuleTags: readonly string[];
}

/** A new apply's record replaces the last one's. */
export function replaceUndoRecord(db: Db, rows: readonly UndoRow[]): void {
  run(db, 'DELETE FROM rule_undo');
  for (const row of rows)
    run(
      db,
      `INSERT INTO rule_undo (article_id, was_read, was_hidden, made_bookmark, added_bookmark_tags, added_rule_tags,
         removed_rule_tags) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      row.articleId,
      row.wasRead ? 1 : 0,
      row.wasHidden ? 1 : 0,
      row.madeBookmark ? 1 : 0,
      JSON.stringify(row.addedBookmarkTags),
      JSON.stringify(row.addedRuleTags),
      JSON.stringify(row.removedRuleTags),
    );
}

/** The last apply's record, emptied: an undo happens once. */
export function takeUndoRecord(db: Db): UndoRow[] {
  const rows = all<{
    article_id: number;
    was_read: number;
    was_hidden: number;
    made_bookmark: number;
    added_bookmark_tags: string;
    added_rule_tags: string;
    removed_rule_tags: string;
  }>(db, 'SELECT * FROM rule_undo ORDER BY article_id');
  run(db, 'DELETE FROM rule_undo');
  return rows.map((row) => ({
    articleId: row.article_id,
    wasRead: row.was_read === 1,
    wasHidden: row.was_hidden === 1,
    madeBookmark: row.made_bookmark === 1,
    addedBookmarkTags: JSON.parse(row.added_bookmark_tags) as string[],
    addedRuleTags: JSON.parse(row.added_rule_tags) as string[],
    removedRuleTags: JSON.parse(row.removed_rule_tags) as string[],
  }));
}
