/**
 * Rules (issue 18): list, save, reorder, remove; preview and apply to stored articles, with one-step undo; the
 * rule export file in and out. A rule whose pattern the linear-time engine cannot run is refused on save with
 * INVALID_ARGUMENTS and the reason in its message.
 */
import { z } from 'zod';
import { RuleInputSchema, RulePreviewSchema, RuleSchema, RULE_LIMITS } from '../rule-model';
import { IdSchema as Id, method } from '../method-spec';

const core = 'core' as const;
const Nothing = z.null();

export const rulesMethods = {
  'rules.list': method({
    owner: core,
    summary: 'Every rule, in the order they run.',
    args: z.tuple([]),
    result: z.array(RuleSchema),
  }),
  'rules.save': method({
    owner: core,
    summary: 'Adds a rule (no id; it runs last) or replaces the rule with that id. Applies to arriving articles only.',
    args: z.tuple([RuleInputSchema, Id.optional()]),
    result: RuleSchema,
  }),
  'rules.remove': method({
    owner: core,
    summary: 'Removes a rule; what it did to articles stays (undo an apply first to take that back).',
    args: z.tuple([Id]),
    result: Nothing,
  }),
  'rules.reorder': method({
    owner: core,
    summary: 'Sets the order rules run in: every rule id, first to last.',
    args: z.tuple([z.array(Id).max(RULE_LIMITS.rules)]),
    result: z.array(RuleSchema),
  }),
  'rules.preview': method({
    owner: core,
    summary: 'How many stored articles a rule (saved or not) matches, and the newest of them; changes nothing.',
    args: z.tuple([RuleInputSchema, z.number().int().min(0).max(100)]),
    result: RulePreviewSchema,
  }),
  'rules.apply': method({
    owner: core,
    summary: 'Runs a saved rule over the stored articles; remembers what it changed for one-step undo.',
    args: z.tuple([Id]),
    result: z.object({ changed: z.number().int().nonnegative() }),
  }),
  'rules.undoApply': method({
    owner: core,
    summary: 'Takes back the last apply (only that one); restored is 0 when there is nothing to undo.',
    args: z.tuple([]),
    result: z.object({ restored: z.number().int().nonnegative() }),
  }),
  'rules.unhide': method({
    owner: core,
    summary: 'Shows articles a rule hid again ("Show again" in Hidden by rules); returns how many changed.',
    args: z.tuple([z.array(Id).min(1).max(1_000)]),
    result: z.object({ changed: z.number().int().nonnegative() }),
  }),
  'rules.exportText': method({
    owner: core,
    summary: 'The rule export file: every rule as JSON (the format of docs/RULES.md).',
    args: z.tuple([]),
    result: z.string(),
  }),
  'rules.importText': method({
    owner: core,
    summary: 'Adds the rules of a rule export file after the existing ones; nothing is added if any rule is bad.',
    args: z.tuple([z.string().min(1).max(5_000_000)]),
    result: z.object({ added: z.number().int().nonnegative() }),
  }),
} as const;
