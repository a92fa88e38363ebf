/**
 * A saved rule run over the stored articles on demand, with one-step undo. Before anything changes, the state of
 * every article it matches is read (read, hidden, bookmarked and with which tags, tags kept for a bookmark); after,
 * what changed on each is remembered, replacing the last apply's record. Undo takes back exactly that and nothing
 * the reader did since: the read flag it set (through the outbox for a service's articles), the hiding, the
 * bookmark it made, the tags it added; a bookmark the reader made, before or after, stays.
 *
 * `notify` and `skip-full-text` are about arriving articles; an apply leaves them out.
 */
import { ApiError } from '../../api/errors';
import { all, placeholders, transaction, type Db } from '../db/sql';
import { removeBookmark, setBookmark } from '../library/bookmarks';
import { toIdString } from '../library/row-ids';
import { setHiddenByRule, setRuleTags } from '../library/tables/articles-table';
import { bookmarkTagsOf } from '../library/tables/bookmarks-table';
import { replaceUndoRecord, takeUndoRecord, type UndoRow } from '../library/tables/rules-table';
import { compileRule } from './compile-rules';
import { doActions, markReadInChunks } from './rule-actions';
import { FactsView } from './rule-facts';
import { getRule } from './rule-store';
import { everyArticleFacts } from './stored-facts';

const ARRIVAL_ONLY = new Set(['notify', 'skip-full-text']);

interface ArticleState {
  id: number;
  read: boolean;
  hidden: boolean;
  /** Its bookmark's tags; null when not bookmarked. */
  bookmarkTags: string[] | null;
  ruleTags: string[];
}

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
    const after = new Map(statesOf(db, ids).map((state) => [state.id, state]));
    const record = before.flatMap((state) => {
      const change = changeOf(state, after.get(state.id)!);
      return change ? [change] : [];
    });
    replaceUndoRecord(db, record);
    return { changed: record.length };
  });
}

export function undoApply(db: Db, now: number): { restored: number } {
  return transaction(db, () => {
    const record = takeUndoRecord(db);
    const current = new Map(
      statesOf(
        db,
        record.map((row) => row.articleId),
      ).map((state) => [state.id, state]),
    );
    const rows = record.filter((row) => current.has(row.articleId));
    const unread = rows.filter((row) => !row.wasRead && current.get(row.articleId)!.read);
    markReadInChunks(
      db,
      unread.map((row) => row.articleId),
      false,
      now,
    );
    setHiddenByRule(
      db,
      rows.filter((row) => !row.wasHidden).map((row) => row.articleId),
      false,
    );
    for (const row of rows) {
      const state = current.get(row.articleId)!;
      const id = toIdString(row.articleId);
      if (state.bookmarkTags !== null) {
        if (row.madeBookmark) removeBookmark(db, id, now);
        else if (row.addedBookmarkTags.length > 0)
          setBookmark(db, id, { tags: without(state.bookmarkTags, row.addedBookmarkTags) }, now);
      }
      if (row.addedRuleTags.length + row.removedRuleTags.length > 0)
        setRuleTags(db, row.articleId, [...without(state.ruleTags, row.addedRuleTags), ...row.removedRuleTags]);
    }
    return { restored: rows.length };
  });
}

/** What the apply did to one article, or null when it changed nothing. */
function changeOf(before: ArticleState, after: ArticleState): UndoRow | null {
  const row: UndoRow = {
    articleId: before.id,
    wasRead: before.read,
    wasHidden: before.hidden,
    madeBookmark: before.bookmarkTags === null && after.bookmarkTags !== null,
    addedBookmarkTags: after.bookmarkTags === null ? [] : without(after.bookmarkTags, before.bookmarkTags ?? []),
    addedRuleTags: without(after.ruleTags, before.ruleTags),
    removedRuleTags: without(before.ruleTags, after.ruleTags),
  };
  const changed =
    before.read !== after.read ||
    before.hidden !== after.hidden ||
    row.madeBookmark ||
    row.addedBookmarkTags.length + row.addedRuleTags.length + row.removedRuleTags.length > 0;
  return changed ? row : null;
}

function without(tags: readonly string[], gone: readonly string[]): string[] {
  return tags.filter((tag) => !gone.includes(tag));
}

function statesOf(db: Db, ids: readonly number[]): ArticleState[] {
  const states: ArticleState[] = [];
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
        id: row.id,
        read: row.is_read === 1,
        hidden: row.hidden_by_rule === 1,
        bookmarkTags: row.bookmarked === 1 ? bookmarkTagsOf(db, row.id) : null,
        ruleTags: row.rule_tags === null ? [] : (JSON.parse(row.rule_tags) as string[]),
      });
  }
  return states;
}
