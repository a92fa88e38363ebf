/**
 * Rules run when articles arrive, inside the store step that wrote them (the same transaction): a refresh's
 * `upsertRows`, an account sync's `applyItems`, an import. Only newly stored articles: a changed entry stored
 * again is left as the rules (or the reader) left it. Without enabled rules this is one small query.
 */
import type { Db } from '../db/sql';
import type { ArticleActions } from './rule-actions';
import { doActions } from './rule-actions';
import { actionsFor } from './compile-rules';
import { enabledRules } from './enabled-rules';
import { factsOf } from './stored-facts';

export function runRulesOnArrival(db: Db, insertedIds: readonly number[], now: number): void {
  if (insertedIds.length === 0) return;
  const rules = enabledRules(db);
  if (rules.length === 0) return;
  const withText = rules.some((rule) => rule.fields.has('text'));
  const targets: ArticleActions[] = [];
  for (const article of factsOf(db, insertedIds, withText)) {
    const actions = actionsFor(rules, article.facts);
    if (actions.length > 0) targets.push({ id: article.id, actions });
  }
  if (targets.length > 0) doActions(db, targets, now);
}
