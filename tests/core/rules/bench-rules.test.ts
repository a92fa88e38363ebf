import { describe, expect, it } from 'vitest';
import { checkRule } from '../../../electron/core/rules/validate-rule';
import { benchRules } from '../../../scripts/bench/sync/bench-rules';

describe("the sync benchmark's rules", () => {
  it('are 50 valid rules: 40 whose first condition is contains, 10 regular expressions', () => {
    const rules = benchRules(50);
    expect(rules).toHaveLength(50);
    for (const rule of rules) expect(() => checkRule(rule)).not.toThrow();
    expect(rules.filter((rule) => rule.conditions[0]!.op === 'matches')).toHaveLength(10);
    expect(rules.filter((rule) => rule.conditions[0]!.op === 'contains')).toHaveLength(40);
  });
});
