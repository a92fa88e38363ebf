/**
 * The rule format's JSON Schema (docs/rule.schema.json), made from the zod model the app validates with, so the
 * documented format cannot drift from the checked one: `node scripts/rule-schema.mjs` writes it, and a test fails
 * when the committed file differs from what the model gives.
 */
import { z } from 'zod';
import { RuleInputSchema } from '../../api/rule-model';

export function ruleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RuleInputSchema, { io: 'input' }) as unknown as {
    properties: { actions: { items: Record<string, unknown> } };
  };
  // The model's refinement ("a tag action needs its tag") has no JSON Schema of its own: said here as if/then.
  schema.properties.actions.items.if = { properties: { type: { const: 'tag' } } };
  schema.properties.actions.items.then = { required: ['type', 'tag'] };
  return {
    $id: 'https://broadsheet.invalid/rule.schema.json',
    title: 'Broadsheet rule',
    description:
      'A rule: conditions over an arriving article and what to do with it (docs/RULES.md). The same JSON in the CLI, the rule export file ({ "broadsheetRules": 1, "rules": [ … ] }) and the backup.',
    ...schema,
  };
}

export function ruleJsonSchemaText(): string {
  return `${JSON.stringify(ruleJsonSchema(), null, 2)}\n`;
}
