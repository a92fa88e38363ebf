/**
 * The offline library as a whole: its status, retention, and the first-run offer of default subscriptions.
 */
import { z } from 'zod';
import { LibraryStatusSchema } from '../library-models';
import { CountsSchema, RetentionPolicySchema, RetentionResultSchema } from '../library-queries';
import { method } from '../method-spec';
import { OpmlImportResultSchema } from './opml';

const core = 'core' as const;

export const DefaultsOfferSchema = z.object({
  /** True on first run: the library has no feeds yet. */
  offer: z.boolean(),
  sections: z.array(z.object({ name: z.string(), feeds: z.number().int().nonnegative() })),
  feeds: z.number().int().nonnegative(),
});

export const libraryMethods = {
  'library.status': method({
    owner: core,
    summary: 'Whether the library opened, and any problem the reader should know about.',
    args: z.tuple([]),
    result: LibraryStatusSchema,
  }),
  'library.runRetention': method({
    owner: core,
    summary: 'Removes old articles the policy lets go (never bookmarks, unread when kept, or the newest per feed).',
    args: z.tuple([RetentionPolicySchema]),
    result: RetentionResultSchema,
  }),
  'library.offerDefaults': method({
    owner: core,
    summary: 'Whether to offer the default subscriptions (first run), and what they are.',
    args: z.tuple([]),
    result: DefaultsOfferSchema,
  }),
  'library.addDefaults': method({
    owner: core,
    summary: 'Subscribes to the default feeds, in their sections, and refreshes them.',
    args: z.tuple([]),
    result: OpmlImportResultSchema,
  }),
} as const;

export const libraryEvents = {
  'library.countsChanged': CountsSchema,
  'library.statusChanged': LibraryStatusSchema,
} as const;
