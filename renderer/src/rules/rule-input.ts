/** A stored rule as the input that saves it again (turning it on or off saves the whole rule). */
import type { Rule, RuleInput } from '@contract/rule-model';

export function inputOf(rule: Rule, change: Partial<RuleInput> = {}): RuleInput {
  return {
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    conditions: rule.conditions,
    actions: rule.actions,
    ...(rule.scope && Object.keys(rule.scope).length > 0 ? { scope: rule.scope } : {}),
    ...change,
  };
}

/** The ids in run order after moving one rule a step up (-1) or down (1). */
export function movedOrder(rules: readonly Rule[], id: string, direction: -1 | 1): string[] {
  const ids = rules.map((rule) => rule.id);
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
  return ids;
}
