/**
 * A rule as the reader wrote it, checked before it is stored: the model's shape (`RuleInputSchema`), then every
 * `matches` pattern against the linear-time engine. A refusal is INVALID_ARGUMENTS with the reason in a sentence.
 */
import { ApiError } from '../../api/errors';
import { RuleInputSchema, type RuleInput } from '../../api/rule-model';
import { compilePattern } from './rule-pattern';

export type CheckedRule = ReturnType<typeof RuleInputSchema.parse>;

export function checkRule(input: RuleInput | unknown): CheckedRule {
  const parsed = RuleInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    throw new ApiError('INVALID_ARGUMENTS', `That rule is not valid${where}: ${issue.message}`, {
      path: issue.path.map(String),
    });
  }
  for (const condition of parsed.data.conditions) {
    if (condition.op !== 'matches') continue;
    const pattern = compilePattern(condition.value, condition.matchCase === true);
    if (!pattern.ok) throw new ApiError('INVALID_ARGUMENTS', pattern.reason);
  }
  return parsed.data;
}
