/**
 * Rules (issue 18): what a reader decides about arriving articles. A rule is JSON, the same in the backup, the
 * rule export file, the CLI and this contract; docs/RULES.md documents it with its JSON Schema.
 */
import { z } from 'zod';
import { AccountIdSchema, SectionNameSchema, TagSchema } from './library-models';

export const RULE_FIELDS = ['title', 'text', 'author', 'category', 'feed', 'section', 'language', 'link'] as const;
export const RULE_OPS = ['contains', 'not-contains', 'matches'] as const;
export const RULE_ACTION_TYPES = ['mark-read', 'bookmark', 'tag', 'hide', 'notify', 'skip-full-text'] as const;

export const RULE_LIMITS = { name: 200, value: 1_000, conditions: 50, actions: 6, rules: 1_000 } as const;

export const RuleConditionSchema = z
  .object({
    field: z.enum(RULE_FIELDS),
    op: z.enum(RULE_OPS),
    /** Text to find, or for `matches` a regular expression the linear-time engine can run (refused otherwise). */
    value: z.string().min(1).max(RULE_LIMITS.value),
    /** Case and diacritics count (off by default: "Séoul" contains "seoul"). */
    matchCase: z.boolean().optional(),
  })
  .strict();
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

export const RuleActionSchema = z
  .object({
    type: z.enum(RULE_ACTION_TYPES),
    /** Required for `tag`; optional for `bookmark` (the bookmark's tag). */
    tag: TagSchema.optional(),
  })
  .strict()
  .refine((action) => action.type !== 'tag' || action.tag !== undefined, {
    message: 'A "tag" action needs its tag.',
    path: ['tag'],
  });
export type RuleAction = z.infer<typeof RuleActionSchema>;

/** Where a rule applies; every key given must hold (omitted: everywhere). */
export const RuleScopeSchema = z
  .object({
    account: AccountIdSchema.optional(),
    section: SectionNameSchema.optional(),
    feed: z.string().min(1).max(2_000).optional(),
  })
  .strict();
export type RuleScope = z.infer<typeof RuleScopeSchema>;

/** A rule as written: in the CLI, the export file and the backup, and as the UI saves it. */
export const RuleInputSchema = z
  .object({
    name: z.string().trim().min(1).max(RULE_LIMITS.name),
    enabled: z.boolean().default(true),
    match: z.enum(['all', 'any']),
    conditions: z.array(RuleConditionSchema).min(1).max(RULE_LIMITS.conditions),
    actions: z.array(RuleActionSchema).min(1).max(RULE_LIMITS.actions),
    scope: RuleScopeSchema.optional(),
  })
  .strict();
export type RuleInput = z.input<typeof RuleInputSchema>;

/** A stored rule: rules run in `position` order (the list's order in Settings → Rules). */
export const RuleSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  match: z.enum(['all', 'any']),
  conditions: z.array(RuleConditionSchema),
  actions: z.array(RuleActionSchema),
  scope: RuleScopeSchema.optional(),
  position: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Rule = z.infer<typeof RuleSchema>;

/** What a rule would do now, before anything changes ("this rule matches 132 articles"). */
export const RulePreviewSchema = z.object({
  /** Every stored article the rule matches (hidden ones included). */
  matches: z.number().int().nonnegative(),
  /** The newest matches, for the editor's live preview. */
  recent: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      feedTitle: z.string(),
      sortTime: z.string(),
    }),
  ),
});
export type RulePreview = z.infer<typeof RulePreviewSchema>;
