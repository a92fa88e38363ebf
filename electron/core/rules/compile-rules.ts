/**
 * Rules made ready to run: each condition becomes a test over an article's fields, compiled once (patterns, folded
 * needles) and run over many articles. Every enabled rule whose scope holds runs, in position order; an article
 * gets the union of the actions of the rules it matches.
 */
import type { Rule, RuleAction, RuleCondition, RuleScope } from '../../api/rule-model';
import { fold } from '../library/search/fold';
import { FactsView, type ArticleFacts, type RuleField } from './rule-facts';
import { compilePattern } from './rule-pattern';

export interface CompiledRule {
  id: string;
  actions: readonly RuleAction[];
  /** The fields its conditions read (so a caller loads only those). */
  fields: ReadonlySet<RuleField>;
  matches(view: FactsView): boolean;
}

type Test = (view: FactsView) => boolean;

/** Throws on a pattern the engine refuses: stored rules were checked when saved (`validate-rule.ts`). */
export function compileRule(rule: Pick<Rule, 'id' | 'match' | 'conditions' | 'actions' | 'scope'>): CompiledRule {
  // Cheap conditions first: an "all" rule whose title fails never folds the article's text, nor does an "any" rule
  // whose title holds. The order of conditions does not change what a rule means.
  const tests = [...rule.conditions].sort((a, b) => cost(a) - cost(b)).map(compileCondition);
  const inScope = compileScope(rule.scope);
  const all = rule.match === 'all';
  return {
    id: rule.id,
    actions: rule.actions,
    fields: new Set(rule.conditions.map((condition) => condition.field)),
    matches: (view) => inScope(view.facts) && (all ? tests.every((t) => t(view)) : tests.some((t) => t(view))),
  };
}

/** The enabled rules, compiled, in the order given (position order). */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.filter((rule) => rule.enabled).map(compileRule);
}

/** Which actions the rules that match this article ask for, in rule order (a repeated action type once per tag). */
export function actionsFor(rules: readonly CompiledRule[], facts: ArticleFacts): RuleAction[] {
  const view = new FactsView(facts);
  const actions: RuleAction[] = [];
  for (const rule of rules) if (rule.matches(view)) actions.push(...rule.actions);
  return actions;
}

/** Rough cost of a condition: reading (and folding) the whole text dwarfs the rest; a pattern costs more than text. */
function cost(condition: RuleCondition): number {
  return (condition.field === 'text' ? 10 : 0) + (condition.op === 'matches' ? 1 : 0);
}

function compileCondition(condition: RuleCondition): Test {
  const matchCase = condition.matchCase === true;
  const { field } = condition;
  if (condition.op === 'matches') {
    const pattern = compilePattern(condition.value, matchCase);
    if (!pattern.ok) throw new Error(pattern.reason);
    return (view) => view.values(field, matchCase).some((value) => pattern.test(value));
  }
  const needle = matchCase ? condition.value : fold(condition.value);
  const contains: Test = (view) => view.values(field, matchCase).some((value) => value.includes(needle));
  return condition.op === 'contains' ? contains : (view) => !contains(view);
}

function compileScope(scope: RuleScope | undefined): (facts: ArticleFacts) => boolean {
  if (!scope) return () => true;
  const section = scope.section === undefined ? undefined : fold(scope.section.trim());
  return (facts) =>
    (scope.account === undefined || facts.accountId === scope.account) &&
    (section === undefined || fold(facts.section) === section) &&
    (scope.feed === undefined || facts.feedUrl === scope.feed);
}
