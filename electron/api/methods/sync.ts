/**
 * Refreshing feeds: runs, progress, cancel, and the two calls the host makes to tell the core what only
 * the host knows (settings, network).
 */
import { z } from 'zod';
import { FailureCauseSchema } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';
import { AccountUnreadDaysSchema } from '../settings-schema';

const core = 'core' as const;
const Nothing = z.null();

export const SyncTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('section'), id: Id }),
  z.object({ kind: z.literal('feed'), id: Id }),
  /** Every feed whose last refresh failed ("Retry failed"). */
  z.object({ kind: z.literal('failed') }),
]);

export type SyncTarget = z.infer<typeof SyncTargetSchema>;

export const SyncFailureSchema = z.object({
  feedId: z.string(),
  title: z.string(),
  message: z.string(),
  cause: FailureCauseSchema,
});

export const SyncProgressSchema = z.object({
  runId: z.number().int(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  newArticles: z.number().int().nonnegative(),
  failures: z.array(SyncFailureSchema),
});

export type SyncProgress = z.infer<typeof SyncProgressSchema>;

/** New articles of one section in a run; `sectionId` null is feeds in no section. */
export const SectionNewArticlesSchema = z.object({
  sectionId: z.string().nullable(),
  newArticles: z.number().int().positive(),
});

/** An article a `notify` rule asked to announce (issue 18), whatever its section's notifications say. */
export const RuleNotifiedArticleSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  feedTitle: z.string(),
});
/** At most this many are named in one run's event (the notification counts the rest). */
export const MAX_RULE_NOTIFIED = 20;
export const RuleNotifiedSchema = z.object({
  count: z.number().int().nonnegative(),
  articles: z.array(RuleNotifiedArticleSchema).max(MAX_RULE_NOTIFIED),
});
export type RuleNotified = z.infer<typeof RuleNotifiedSchema>;

export const SyncFinishedSchema = SyncProgressSchema.extend({
  cancelled: z.boolean(),
  durationMs: z.number().nonnegative(),
  /** Where the new articles landed, for notifications about chosen sections. */
  newBySection: z.array(SectionNewArticlesSchema).default([]),
  /** New articles a `notify` rule asked to announce; absent: none. */
  ruleNotified: RuleNotifiedSchema.optional(),
});

export type SyncFinished = z.infer<typeof SyncFinishedSchema>;

export const SyncStatusSchema = z.object({
  online: z.boolean(),
  /** The run in progress, if any. */
  running: SyncProgressSchema.nullable(),
  /** When the schedule next looks for due feeds (ISO time), if it is running. */
  nextCheckAt: z.string().nullable(),
  /** Something about sync settings the reader should know (e.g. an unsupported proxy). */
  notice: z.string().nullable(),
  lastFinished: SyncFinishedSchema.nullable(),
  refreshIntervalMinutes: z.number().int().positive(),
});

export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/**
 * The subset of settings the core needs; the host sends it at start and on
 * every change. The image fields have defaults (the settings' own) so a
 * caller that only knows about sync (the CLI, older tests) stays valid.
 */
export const SyncConfigSchema = z.object({
  refreshIntervalMinutes: z.number().int().min(5).max(1440),
  proxy: z.string().max(2048),
  /** Download the pictures of recent and bookmarked articles after each refresh. */
  offlineImages: z.boolean().default(true),
  /** Articles newer than this many days get their pictures (bookmarks always do). */
  offlineImagesDays: z.number().int().min(1).max(365).default(14),
  imageCacheQuotaMB: z.number().int().min(50).max(100_000).default(2048),
  /** Sync-service accounts: unread bodies of the last this many days come at once, older ones a few per sync. */
  accountUnreadDays: AccountUnreadDaysSchema.default(90),
});

export type SyncConfig = z.infer<typeof SyncConfigSchema>;

export const syncMethods = {
  'sync.refresh': method({
    owner: core,
    summary:
      'Refreshes all feeds, a section or a feed; a request made during a run joins that run. Returns at once; progress comes as events.',
    args: z.tuple([SyncTargetSchema]),
    result: SyncStatusSchema,
  }),
  'sync.cancel': method({
    owner: core,
    summary: 'Stops the refresh in progress and drops queued ones; stored articles stay as they are.',
    args: z.tuple([]),
    result: SyncStatusSchema,
  }),
  'sync.status': method({
    owner: core,
    summary: 'Whether a refresh is running, its progress, and the last one’s outcome.',
    args: z.tuple([]),
    result: SyncStatusSchema,
  }),
  'sync.configure': method({
    owner: core,
    summary: 'Called by the host with the settings sync needs (refresh interval, proxy, offline images).',
    args: z.tuple([SyncConfigSchema]),
    result: Nothing,
  }),
  'sync.setOnline': method({
    owner: core,
    summary: 'Called by the host when the network comes or goes; offline means no attempts and no errors.',
    args: z.tuple([z.boolean()]),
    result: Nothing,
  }),
} as const;

export const syncEvents = {
  'sync.progress': SyncProgressSchema,
  'sync.finished': SyncFinishedSchema,
} as const;
