/**
 * Feeds: subscriptions, their options, and finding feeds on a site.
 */
import { z } from 'zod';
import { AccountIdSchema, FeedCreateSchema, FeedPatchSchema, FeedSchema, LIMITS } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';

const core = 'core' as const;
const Nothing = z.null();

const Url = z.string().trim().min(1).max(LIMITS.url);

/** A feed that discovery found and parsed, offered for subscribing. */
export const FeedCandidateSchema = z.object({
  /** The address to subscribe to (after redirects). */
  url: z.string(),
  title: z.string(),
  format: z.enum(['rss', 'rdf', 'atom', 'json']),
  /** How it was found: the address itself, a `<link rel="alternate">`, or a common path. */
  source: z.enum(['direct', 'link', 'common-path']),
  /** Its newest few headlines, to preview before subscribing. */
  latest: z.array(z.object({ title: z.string(), publishedAt: z.string().nullable() })).max(10),
});
export type FeedCandidate = z.infer<typeof FeedCandidateSchema>;

export const SubscribeInputSchema = z.object({
  url: Url,
  sectionId: Id.nullable().optional(),
  /** The account to subscribe in; `local` when absent. */
  accountId: AccountIdSchema.optional(),
});

export const SubscribeResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subscribed'), feed: FeedSchema }),
  /** The page offers several feeds: the reader picks, then subscribes to the chosen URL. */
  z.object({ kind: z.literal('choose'), candidates: z.array(FeedCandidateSchema) }),
]);
export type SubscribeResult = z.infer<typeof SubscribeResultSchema>;

export const feedsMethods = {
  'feeds.list': method({
    owner: core,
    summary: 'All subscribed feeds with options, counts and sync state.',
    args: z.tuple([]),
    result: z.array(FeedSchema),
  }),
  'feeds.get': method({
    owner: core,
    summary: 'One feed with its options, counts and sync state.',
    args: z.tuple([Id]),
    result: FeedSchema,
  }),
  'feeds.add': method({
    owner: core,
    summary: 'Subscribes to an http(s) feed URL.',
    args: z.tuple([FeedCreateSchema]),
    result: FeedSchema,
  }),
  'feeds.update': method({
    owner: core,
    summary: 'Changes a feed’s title, links or options (full text, refresh interval, paused).',
    args: z.tuple([Id, FeedPatchSchema]),
    result: FeedSchema,
  }),
  'feeds.move': method({
    owner: core,
    summary: 'Moves a feed to a section, or to none with null.',
    args: z.tuple([Id, Id.nullable()]),
    result: FeedSchema,
  }),
  'feeds.moveToAccount': method({
    owner: core,
    summary:
      'Moves a feed polled here into a sync service’s account (into one of its sections, or none): the server subscribes, the account syncs, read state and bookmarks (notes, tags) come along, and the local feed goes. Offline or refused, nothing changes (UNAVAILABLE, AUTH_REFUSED).',
    args: z.tuple([Id, AccountIdSchema, Id.nullable()]),
    result: FeedSchema,
  }),
  'feeds.remove': method({
    owner: core,
    summary: 'Unsubscribes; bookmarked articles of the feed are kept.',
    args: z.tuple([Id]),
    result: Nothing,
  }),
  'feeds.discover': method({
    owner: core,
    summary: 'Finds the feeds a site offers (or the feed at a feed address), with titles.',
    args: z.tuple([Url]),
    result: z.array(FeedCandidateSchema),
  }),
  'feeds.subscribe': method({
    owner: core,
    summary:
      'Subscribes to a feed or site address: one feed found is added and refreshed; several are returned to choose from.',
    args: z.tuple([SubscribeInputSchema]),
    result: SubscribeResultSchema,
  }),
} as const;
