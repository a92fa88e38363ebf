/**
 * Rules run when articles arrive, inside the store step that wrote them (the same transaction): a refresh's
 * `upsertRows`, an account sync's `applyItems`, an import. Only newly stored articles: a changed entry stored
 * again is left as the rules (or the reader) left it. Without enabled rules this is one small query. A refresh
 * hands over the rows it just stored (`stored`), so nothing is read back; other callers give ids only.
 */
import type { Db } from '../db/sql';
import type { EntryRow } from '../library/articles/normalize-entry';
import { actionsFor } from './compile-rules';
import { enabledRules } from './enabled-rules';
import { entryFacts, feedContext } from './entry-facts';
import type { ArticleFacts } from './rule-facts';
import { doActions, type ArticleActions } from './rule-actions';
import { factsOf } from './stored-facts';

/** One feed's rows as stored, in the order of their ids. */
export interface StoredRows {
  feedRowId: number;
  rows: readonly EntryRow[];
}

export function runRulesOnArrival(db: Db, insertedIds: readonly number[], now: number, stored?: StoredRows): void {
  if (insertedIds.length === 0) return;
  const rules = enabledRules(db);
  if (rules.length === 0) return;
  const targets: ArticleActions[] = [];
  for (const { id, facts } of arrivals(db, insertedIds, rules, stored)) {
    const actions = actionsFor(rules, facts);
    if (actions.length > 0) targets.push({ id, actions });
  }
  if (targets.length > 0) doActions(db, targets, now);
}

function arrivals(
  db: Db,
  ids: readonly number[],
  rules: ReturnType<typeof enabledRules>,
  stored: StoredRows | undefined,
): { id: number; facts: ArticleFacts }[] {
  const feed = stored && stored.rows.length === ids.length ? feedContext(db, stored.feedRowId) : undefined;
  if (stored && feed) return ids.map((id, index) => ({ id, facts: entryFacts(stored.rows[index]!, feed) }));
  return factsOf(
    db,
    ids,
    rules.some((rule) => rule.fields.has('text')),
  );
}
