/**
 * Where the core's refusal of a rule is shown. The core refuses a pattern its linear-time engine cannot run
 * (backreferences, lookaround) with INVALID_ARGUMENTS and the reason; the reason belongs beside that pattern, so
 * the reader sees which one to change. `details.condition` (the condition's index), when the core gives it, says
 * which; otherwise the pattern quoted in the message, or the rule's only pattern. Anything else is the form's.
 */
import { ApiError } from '@contract/errors';
import { describeError, toError } from '../errors/to-error';
import type { DraftErrors, RuleDraft } from './rule-draft';

export function placeRefusal(draft: RuleDraft, caught: unknown): DraftErrors {
  const error = toError(caught);
  const message = describeError(error);
  if (!(error instanceof ApiError) || error.code !== 'INVALID_ARGUMENTS') return { form: message };
  const row = refusedCondition(draft, error);
  return row === undefined ? { form: message } : { [`condition:${row}`]: message };
}

function refusedCondition(draft: RuleDraft, error: ApiError): number | undefined {
  const index = indexIn(error.details);
  if (index !== undefined) return draft.conditions[index]?.key;
  const patterns = draft.conditions.filter((row) => row.op === 'matches');
  const quoted = patterns.find((row) => error.message.includes(row.value));
  if (quoted) return quoted.key;
  return patterns.length === 1 && /pattern|regular expression/i.test(error.message) ? patterns[0]?.key : undefined;
}

/**
 * `{ condition: 2 }`, or a path like `['conditions', 2, 'value']` (the contract's own validation puts it in
 * `issues[0].path`, after the argument's index).
 */
function indexIn(details: unknown): number | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const record = details as { condition?: unknown; path?: unknown; issues?: unknown };
  if (typeof record.condition === 'number') return record.condition;
  const issue: unknown = Array.isArray(record.issues) ? record.issues[0] : undefined;
  const path = record.path ?? (typeof issue === 'object' && issue !== null ? (issue as { path?: unknown }).path : null);
  if (!Array.isArray(path)) return undefined;
  const at = path.indexOf('conditions');
  // The core's own check gives the path as strings (`['conditions', '2', 'value']`).
  const index = at >= 0 ? Number(path[at + 1]) : Number.NaN;
  return Number.isInteger(index) ? index : undefined;
}
