/**
 * A saved rule run over the stored articles on demand, with one-step undo: before anything changes, the state of
 * every article it matches is noted (read, hidden, bookmarked with which tags, tags kept for a bookmark); after,
 * the articles whose state did change are remembered, replacing the last apply's record. Undo puts exactly that
 * state back: the read flag (through the outbox for a service's articles), hidden, the bookmark's tags, and a
 * bookmark the apply made is taken away again; a bookmark the reader had stays.
 *
 * `notify` and `skip-full-text` are about arriving articles; an apply leaves them out.
 */
import { ApiError } from '../../api/errors';
import { all, placeholders, transaction, type Db } from '../db/sql';
import { markRead } from '../library/articles/read-state';
import { removeBookmark, setBookmark } from '../library/bookmarks';
import { toIdString } from '../library/row-ids';
import { setHiddenByRule, setRuleTags } from '../library/tables/articles-table';
import { bookmarkTagsOf } from '../library/tables/bookmarks-table';
import { replaceUndoRecord, takeUndoRecord, type UndoRow } from '../library/tables/rules-table';
import { compileRule } from './compile-rules';
import { doActions } from './rule-actions';
import { FactsView } from './rule-facts';
import { getRule } from './rule-store';
import { everyArticleFacts } from './stored-facts';

const ARRIVAL_ONLY = new Set(['notify', 'skip-full-text']);

export function applyRule(db: Db, ruleId: string, now: number): { changed: number } {
  const rule = getRule(db, ruleId);
  const actions = rule.actions.filter((action) => !ARRIVAL_ONLY.has(action.type));
  if (actions.length === 0)
    throw new ApiError(
      'INVALID_ARGUMENTS',
      'This rule only notifies or skips downloads, which concern arriving articles; there is nothing to apply.',
    );
  const compiled = compileRule(rule);
  return transaction(db, () => {
    const ids: number[] = [];
    for (const article of everyArticleFacts(db, compiled.fields.has('text')))
      if (compiled.matches(new FactsView(article.facts))) ids.push(article.id);
    const before = statesOf(db, ids);
    doActions(
      db,
      ids.map((id) => ({ id, actions })),
      now,
    );
    const after = new Map(statesOf(db, ids).map((state) => [state.articleId, state]));
    const changed = before.filter((state) => !sameState(state, after.get(state.articleId)));
    replaceUndoRecord(db, changed);
    return { changed: changed.length };
  });
}

export function undoApply(db: Db, now: number): { restored: number } {
  return transaction(db, () => {
    const record = takeUndoRecord(db);
    const present = new Map(
      statesOf(
        db,
        record.map((row) => row.articleId),
      ).map((state) => [state.articleId, state]),
    );
    const rows = record.filter((row) => present.has(row.articleId));
    for (const read of [true, false]) {
      const ids = rows.filter((row) => row.wasRead === read && present.get(row.articleId)!.wasRead !== read);
      if (ids.length > 0)
        markRead(db, { kind: 'articles', ids: ids.map((row) => toIdString(row.articleId)) }, read, now);
    }
    for (const hidden of [true, false])
      setHiddenByRule(
        db,
        rows.filter((row) => row.wasHidden === hidden).map((row) => row.articleId),
        hidden,
      );
    for (const row of rows) {
      const nowState = present.get(row.articleId)!;
      if (!row.wasBookmarked && nowState.wasBookmarked) removeBookmark(db, toIdString(row.articleId), now);
      else if (row.wasBookmarked && nowState.wasBookmarked)
        setBookmark(db, toIdString(row.articleId), { tags: [...(row.bookmarkTags ?? [])] }, now);
      setRuleTags(db, row.articleId, row.ruleTags === null ? null : (JSON.parse(row.ruleTags) as string[]));
    }
    return { restored: rows.length };
  });
}

function statesOf(db: Db, ids: readonly number[]): UndoRow[] {
  const states: UndoRow[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = all<{
      id: number;
      is_read: number;
      hidden_by_rule: number;
      rule_tags: string | null;
      bookmarked: number;
    }>(
      db,
      `SELECT a.id, a.is_read, a.hidden_by_rule, a.rule_tags,
         EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS bookmarked
       FROM articles a WHERE a.id IN (${placeholders(chunk.length)})`,
      ...chunk,
    );
    for (const row of rows)
      states.push({
        articleId: row.id,
        wasRead: row.is_read === 1,
        wasHidden: row.hidden_by_rule === 1,
        wasBookmarked: row.bookmarked === 1,
        bookmarkTags: row.bookmarked === 1 ? bookmarkTagsOf(db, row.id) : null,
        ruleTags: row.rule_tags,
      });
  }
  return states;
}

function sameState(a: UndoRow, b: UndoRow | undefined): boolean {
  return (
    b !== undefined &&
    a.wasRead === b.wasRead &&
    a.wasHidden === b.wasHidden &&
    a.wasBookmarked === b.wasBookmarked &&
    JSON.stringify(a.bookmarkTags) === JSON.stringify(b.bookmarkTags) &&
    a.ruleTags === b.ruleTags
  );
}
