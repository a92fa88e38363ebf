/**
 * OPML subscription lists in and out.
 */
import { z } from 'zod';
import { AccountIdSchema } from '../library-models';
import { method } from '../method-spec';

const core = 'core' as const;

const OpmlEntrySchema = z.object({
  /** `failed`: a sync service's server would not subscribe to it, or it was not sent (the import stopped). */
  status: z.enum(['imported', 'skipped', 'invalid', 'failed']),
  url: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  reason: z.string().optional(),
});

export const OpmlImportResultSchema = z.object({
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  /** Into a sync service's account: outlines its server did not subscribe to, each with its reason in `entries`. */
  failed: z.number().int().nonnegative().optional(),
  sectionsCreated: z.number().int().nonnegative(),
  entries: z.array(OpmlEntrySchema),
  warnings: z.array(z.string()),
});

export type OpmlImportResult = z.infer<typeof OpmlImportResultSchema>;

export const opmlMethods = {
  'opml.import': method({
    owner: core,
    summary:
      'Imports an OPML subscription list into an account (local when not named); top-level folders become sections, duplicates are skipped. Into a sync service: its server subscribes to each (failures listed with their reason), then the account syncs; offline, UNAVAILABLE before anything is sent.',
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
