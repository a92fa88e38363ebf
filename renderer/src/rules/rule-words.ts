/**
 * How rules read in the interface: the words for fields, tests and actions, a rule's one-line summary
 * ("Title contains “Brexit” → Hide") and where it applies ("Everywhere", "Feed: The Guardian").
 */
import type { RuleAction, RuleCondition, RuleScope } from '@contract/rule-model';

export const FIELD_WORDS: Record<RuleCondition['field'], string> = {
  title: 'Title',
  text: 'Text',
  author: 'Author',
  category: 'Category',
  feed: 'Feed',
  section: 'Section',
  language: 'Language',
  link: 'Link',
};

export const OP_WORDS: Record<RuleCondition['op'], string> = {
  contains: 'contains',
  'not-contains': 'does not contain',
  matches: 'matches the pattern',
};

export const ACTION_WORDS: Record<RuleAction['type'], string> = {
  'mark-read': 'Mark as read',
  bookmark: 'Bookmark',
  tag: 'Add a tag',
  hide: 'Hide',
  notify: 'Notify me',
  'skip-full-text': 'Skip full-text download',
};

const MAX_SUMMARY_VALUE = 40;

function quoted(value: string): string {
  const short = value.length > MAX_SUMMARY_VALUE ? `${value.slice(0, MAX_SUMMARY_VALUE - 1)}…` : value;
  return `“${short}”`;
}

export function conditionText(condition: RuleCondition): string {
  const caseNote = condition.matchCase ? ' (match case)' : '';
  return `${FIELD_WORDS[condition.field]} ${OP_WORDS[condition.op]} ${quoted(condition.value)}${caseNote}`;
}

export function actionText(action: RuleAction): string {
  if (action.type === 'tag' && action.tag) return `Add the tag ${quoted(action.tag)}`;
  if (action.type === 'bookmark' && action.tag) return `Bookmark with the tag ${quoted(action.tag)}`;
  return ACTION_WORDS[action.type];
}

/** The rule on one line: its conditions joined by "and" / "or", an arrow, then its actions. */
export function ruleSummary(rule: {
  match: 'all' | 'any';
  conditions: readonly RuleCondition[];
  actions: readonly RuleAction[];
}): string {
  const joiner = rule.match === 'all' ? ' and ' : ' or ';
  const conditions = rule.conditions.map(conditionText).join(joiner);
  const actions = rule.actions.map(actionText).join(', ');
  return `${conditions} → ${actions}`;
}

/** The names the scope refers to, from the library's lists (an id or address the library no longer has shows as is). */
export interface ScopeNames {
  account: (id: string) => string | undefined;
  feed: (url: string) => string | undefined;
}

export function scopeText(scope: RuleScope | undefined, names: ScopeNames): string {
  const parts: string[] = [];
  if (scope?.account) parts.push(`Account: ${names.account(scope.account) ?? scope.account}`);
  if (scope?.section) parts.push(`Section: ${scope.section}`);
  if (scope?.feed) parts.push(`Feed: ${names.feed(scope.feed) ?? scope.feed}`);
  return parts.length === 0 ? 'Everywhere' : parts.join(' · ');
}
