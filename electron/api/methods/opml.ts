/**
 * OPML subscription lists in and out.
 */
import { z } from 'zod';
import { AccountIdSchema } from '../library-models';
import { method } from '../method-spec';

const core = 'core' as const;

const OpmlEntrySchema = z.object({
  status: z.enum(['imported', 'skipped', 'invalid']),
  url: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  reason: z.string().optional(),
});

export const OpmlImportResultSchema = z.object({
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  sectionsCreated: z.number().int().nonnegative(),
  entries: z.array(OpmlEntrySchema),
  warnings: z.array(z.string()),
});

export const opmlMethods = {
  'opml.import': method({
    owner: core,
    summary:
      'Imports an OPML subscription list into an account (local when not named); top-level folders become sections, duplicates are skipped.',
    args: z.tuple([z.string().min(1).max(10_000_000), z.object({ accountId: AccountIdSchema }).optional()]),
    result: OpmlImportResultSchema,
  }),
  'opml.export': method({
    owner: core,
    summary: 'All subscriptions as an OPML 2.0 document.',
    args: z.tuple([]),
    result: z.object({ opml: z.string(), feeds: z.number().int().nonnegative() }),
  }),
} as const;
