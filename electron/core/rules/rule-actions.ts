/**
 * What the matching rules ask for, done to stored articles, batched: one read change (through the outbox for a
 * sync service's articles, as the reader's own changes go: `markRead`), bookmarks and tags through the same
 * functions as the UI's (`setBookmark`, so a service's star and labels are queued), then the marks only rules
 * make. A rule never removes a bookmark, never unreads, never deletes.
 */
import { LIMITS } from '../../api/library-models';
import type { RuleAction } from '../../api/rule-model';
import { get, type Db } from '../db/sql';
import { markRead } from '../library/articles/read-state';
import { setBookmark } from '../library/bookmarks';
import { toIdString } from '../library/row-ids';
import { setHiddenByRule, setRuleTags, setSkipFullText } from '../library/tables/articles-table';
import { bookmarkTagsOf } from '../library/tables/bookmarks-table';
import { queueRuleNotifications } from '../library/tables/rules-table';

export interface ArticleActions {
  id: number;
  actions: readonly RuleAction[];
}

/** Call inside the caller's transaction. */
export function doActions(db: Db, targets: readonly ArticleActions[], now: number): void {
  const ids = (type: RuleAction['type']) =>
    targets.filter((target) => target.actions.some((action) => action.type === type)).map((target) => target.id);
  markReadInChunks(db, ids('mark-read'), true, now);
  for (const target of targets) {
    const bookmarks = target.actions.filter((action) => action.type === 'bookmark');
    if (bookmarks.length > 0) bookmarkWith(db, target.id, tagsOf(bookmarks), now);
    const tags = tagsOf(target.actions.filter((action) => action.type === 'tag'));
    if (tags.length > 0) addTags(db, target.id, tags, now);
  }
  setHiddenByRule(db, ids('hide'), true);
  queueRuleNotifications(db, ids('notify'));
  setSkipFullText(db, ids('skip-full-text'));
}

/** `markRead` (the reader's own path, outbox included) over any number of ids, within SQLite's parameter limit. */
export function markReadInChunks(db: Db, ids: readonly number[], read: boolean, now: number): void {
  for (let start = 0; start < ids.length; start += 500)
    markRead(db, { kind: 'articles', ids: ids.slice(start, start + 500).map(toIdString) }, read, now);
}

function tagsOf(actions: readonly RuleAction[]): string[] {
  return [...new Set(actions.flatMap((action) => (action.tag === undefined ? [] : [action.tag.trim()])))];
}

/** Bookmarked (if it was not), with these tags added to whatever it has. */
function bookmarkWith(db: Db, id: number, tags: readonly string[], now: number): void {
  if (!isBookmarked(db, id)) setBookmark(db, toIdString(id), {}, now);
  if (tags.length > 0) addTags(db, id, tags, now);
}

/** On its bookmark if it has one; otherwise kept with the article until the reader bookmarks it. */
function addTags(db: Db, id: number, tags: readonly string[], now: number): void {
  if (isBookmarked(db, id)) {
    const before = bookmarkTagsOf(db, id);
    const after = [...new Set([...before, ...tags])].slice(0, LIMITS.tags);
    if (after.length !== before.length) setBookmark(db, toIdString(id), { tags: after }, now);
    return;
  }
  const row = get<{ rule_tags: string | null }>(db, 'SELECT rule_tags FROM articles WHERE id = ?', id);
  const before = row?.rule_tags ? (JSON.parse(row.rule_tags) as string[]) : [];
  const after = [...new Set([...before, ...tags])].slice(0, LIMITS.tags);
  if (after.length !== before.length) setRuleTags(db, id, after);
}

function isBookmarked(db: Db, id: number): boolean {
  return get(db, 'SELECT 1 AS x FROM bookmarks WHERE article_id = ?', id) !== undefined;
}
