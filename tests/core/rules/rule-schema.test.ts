import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleJsonSchema, ruleJsonSchemaText } from '../../../electron/core/rules/rule-json-schema';

describe('docs/rule.schema.json', () => {
  it('is what the rule model gives (run `node scripts/rule-schema.mjs` after changing the model)', () => {
    expect(readFileSync('docs/rule.schema.json', 'utf8')).toBe(ruleJsonSchemaText());
  });

  it('documents every field, operator and action type, and requires a tag action’s tag', () => {
    const text = JSON.stringify(ruleJsonSchema());
    for (const word of ['category', 'language', 'not-contains', 'matches', 'skip-full-text', 'matchCase', 'scope'])
      expect(text).toContain(`"${word}"`);
    expect(text).toContain('"then":{"required":["type","tag"]}');
  });
});
