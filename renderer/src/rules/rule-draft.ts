/**
 * The rule editor's working copy: every field as the reader typed it, rows with keys of their own (so React keeps
 * focus in the row being edited), turned into a RuleInput for the core only when every field makes sense. The
 * messages say what to do and sit by the field they are about.
 */
import { LIMITS } from '@contract/library-models';
import {
  RULE_LIMITS,
  type Rule,
  type RuleAction,
  type RuleCondition,
  type RuleInput,
  type RuleScope,
} from '@contract/rule-model';

export interface ConditionDraft {
  key: number;
  field: RuleCondition['field'];
  op: RuleCondition['op'];
  value: string;
  matchCase: boolean;
}

export interface ActionDraft {
  key: number;
  type: RuleAction['type'];
  tag: string;
}

export interface RuleDraft {
  name: string;
  enabled: boolean;
  match: 'all' | 'any';
  conditions: ConditionDraft[];
  actions: ActionDraft[];
  /** Kept as stored: a rule written elsewhere (the CLI, a file) may name an account and a section at once. */
  scope: RuleScope;
}

/** What is wrong, by where it shows: `name`, `condition:<key>`, `action:<key>`, or `form` for the whole rule. */
export type DraftErrors = Record<string, string>;

let nextKey = 1;
/** A key no other row of this window has had. */
export const rowKey = (): number => nextKey++;

export const newCondition = (field: RuleCondition['field'] = 'title', value = ''): ConditionDraft => ({
  key: rowKey(),
  field,
  op: 'contains',
  value,
  matchCase: false,
});

export const newAction = (type: RuleAction['type'] = 'hide'): ActionDraft => ({ key: rowKey(), type, tag: '' });

export function emptyDraft(): RuleDraft {
  return { name: '', enabled: true, match: 'all', conditions: [newCondition()], actions: [newAction()], scope: {} };
}

export function draftFromRule(rule: Rule): RuleDraft {
  return {
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    conditions: rule.conditions.map((condition) => ({
      key: rowKey(),
      field: condition.field,
      op: condition.op,
      value: condition.value,
      matchCase: condition.matchCase ?? false,
    })),
    actions: rule.actions.map((action) => ({ key: rowKey(), type: action.type, tag: action.tag ?? '' })),
    scope: rule.scope ?? {},
  };
}

/** What "Make a rule from this…" starts from: the article's feed, its author, or words the reader selected. */
export type RuleSeed =
  { from: 'feed'; feedTitle: string } | { from: 'author'; author: string } | { from: 'phrase'; phrase: string };

/** Selected text as one line, short enough to be a condition's value. */
export function phraseOf(selected: string): string {
  return selected.replace(/\s+/g, ' ').trim().slice(0, RULE_LIMITS.value);
}

/** A new rule from a seed: one condition on what was chosen, and Hide (the reader changes either before saving). */
export function draftFromSeed(seed: RuleSeed): RuleDraft {
  const draft = emptyDraft();
  const [name, condition] =
    seed.from === 'feed'
      ? [`Articles from ${seed.feedTitle}`, newCondition('feed', seed.feedTitle)]
      : seed.from === 'author'
        ? [`Articles by ${seed.author}`, newCondition('author', seed.author)]
        : [`“${seed.phrase}” in the title`, newCondition('title', seed.phrase)];
  return { ...draft, name: name.slice(0, RULE_LIMITS.name), conditions: [condition] };
}

const needsTag = (type: RuleAction['type']) => type === 'tag' || type === 'bookmark';

/** The rule the core is given, or what to fix first. */
export function draftToInput(draft: RuleDraft): { input: RuleInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the rule a name, so you can find it in the list.';
  else if (name.length > RULE_LIMITS.name) errors.name = `A name can be at most ${RULE_LIMITS.name} characters.`;

  const conditions: RuleCondition[] = [];
  for (const row of draft.conditions) {
    const message = conditionProblem(row);
    if (message) errors[`condition:${row.key}`] = message;
    conditions.push({
      field: row.field,
      op: row.op,
      value: row.value,
      ...(row.matchCase ? { matchCase: true } : {}),
    });
  }

  const actions: RuleAction[] = [];
  for (const row of draft.actions) {
    const tag = row.tag.trim();
    if (row.type === 'tag' && !tag) errors[`action:${row.key}`] = 'Type the tag to add.';
    else if (needsTag(row.type) && tag.length > LIMITS.tag)
      errors[`action:${row.key}`] = `A tag can be at most ${LIMITS.tag} characters.`;
    actions.push(needsTag(row.type) && tag ? { type: row.type, tag } : { type: row.type });
  }

  if (Object.keys(errors).length > 0) return { errors };
  const scope = Object.keys(draft.scope).length > 0 ? { scope: draft.scope } : {};
  return { input: { name, enabled: draft.enabled, match: draft.match, conditions, actions, ...scope } };
}

function conditionProblem(row: ConditionDraft): string | null {
  if (row.value.trim() === '')
    return row.op === 'matches' ? 'Type the pattern to look for.' : 'Type the text to look for.';
  if (row.value.length > RULE_LIMITS.value) return `At most ${RULE_LIMITS.value.toLocaleString('en')} characters.`;
  return null;
}
