/**
 * Shapes of the offline library as they cross the contract. Times are ISO
 * strings; ids are strings (the store's row ids, stable across updates).
 * Limits here are the ones the reader is told about when input is refused.
 */
import { z } from 'zod';
import { NOTE_GLANCE_CHARS } from './bookmark-glance';
import { IdSchema } from './method-spec';

export const LIMITS = {
  sectionName: 100,
  feedTitle: 500,
  url: 2048,
  tag: 64,
  tags: 32,
  note: 10_000,
  pageSize: 200,
  markIds: 1000,
  query: 500,
  searchHits: 100,
} as const;

const IsoTime = z.string().datetime({ offset: true });
const Url = z.string().min(1).max(LIMITS.url);

export const ProblemSchema = z.object({
  code: z.enum(['NO_FTS5', 'INTEGRITY', 'NEWER_VERSION', 'OPEN_FAILED', 'MIGRATION_FAILED', 'MOVED_ASIDE']),
  message: z.string(),
});

export const LibraryStatusSchema = z.object({
  /** ready: all works; degraded: usable with problems; unavailable: not opened. */
  state: z.enum(['ready', 'degraded', 'unavailable']),
  schemaVersion: z.number().int().nullable(),
  searchAvailable: z.boolean(),
  integrity: z.enum(['checking', 'ok', 'failed', 'skipped']),
  problems: z.array(ProblemSchema),
});
export type LibraryStatus = z.infer<typeof LibraryStatusSchema>;

/** An account's id: `local` (feeds Broadsheet polls itself) or a sync service's account. */
export const AccountIdSchema = z.string().min(1).max(100);

export const SectionNameSchema = z.string().trim().min(1).max(LIMITS.sectionName);

export const FeedOptionsSchema = z.object({
  fullText: z.boolean(),
  /** Minutes between refreshes; null uses the app-wide default. */
  refreshMinutes: z.number().int().min(5).max(10_080).nullable(),
  paused: z.boolean(),
});
export type FeedOptions = z.infer<typeof FeedOptionsSchema>;

/**
 * Why a feed's last refresh failed, in the terms a reader groups failures by: one unreachable host is one
 * problem however many of its feeds failed. `storage` and `internal` are Broadsheet's own failures (it could not
 * store what arrived; its reading code or thread failed); every other cause lies outside the app.
 */
export const FAILURE_CAUSES = [
  'unreachable',
  'timeout',
  'security',
  'http',
  'busy',
  'not-a-feed',
  'too-large',
  'redirect',
  'gone',
  'storage',
  'internal',
  'other',
] as const;
export const FailureCauseSchema = z.enum(FAILURE_CAUSES);
export type FailureCause = z.infer<typeof FailureCauseSchema>;

export const FeedSyncSchema = z.object({
  lastAttemptAt: IsoTime.nullable(),
  lastSuccessAt: IsoTime.nullable(),
  lastError: z.string().nullable(),
  /** Why, when lastError is set (errors recorded before causes were kept count as 'other'). */
  lastErrorCause: FailureCauseSchema.nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  nextDueAt: IsoTime.nullable(),
});

export const FeedSchema = z.object({
  id: z.string(),
  /** The account it belongs to; `local` for feeds Broadsheet polls itself. */
  accountId: z.string(),
  url: z.string(),
  siteUrl: z.string().nullable(),
  title: z.string(),
  iconUrl: z.string().nullable(),
  sectionId: z.string().nullable(),
  position: z.number().int(),
  options: FeedOptionsSchema,
  articleCount: z.number().int().nonnegative(),
  unreadCount: z.number().int().nonnegative(),
  sync: FeedSyncSchema,
});
export type Feed = z.infer<typeof FeedSchema>;

export const FeedCreateSchema = z.object({
  url: Url,
  /** The account to subscribe in; `local` when absent. An address may be followed once per account. */
  accountId: AccountIdSchema.optional(),
  title: z.string().trim().max(LIMITS.feedTitle).optional(),
  siteUrl: Url.nullable().optional(),
  iconUrl: Url.nullable().optional(),
  sectionId: IdSchema.nullable().optional(),
  options: FeedOptionsSchema.partial().optional(),
});
export type FeedCreate = z.infer<typeof FeedCreateSchema>;

export const FeedPatchSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.feedTitle).optional(),
  siteUrl: Url.nullable().optional(),
  iconUrl: Url.nullable().optional(),
  options: FeedOptionsSchema.partial().optional(),
});
export type FeedPatch = z.infer<typeof FeedPatchSchema>;

export const BookmarkSchema = z.object({
  articleId: z.string(),
  createdAt: IsoTime,
  tags: z.array(z.string()),
  note: z.string(),
});
export type Bookmark = z.infer<typeof BookmarkSchema>;

export const TagSchema = z.string().trim().min(1).max(LIMITS.tag);
export const BookmarkInputSchema = z.object({
  tags: z.array(TagSchema).max(LIMITS.tags).optional(),
  note: z.string().max(LIMITS.note).optional(),
});
export type BookmarkInput = z.infer<typeof BookmarkInputSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  feedId: z.string(),
  feedTitle: z.string(),
  sectionId: z.string().nullable(),
  title: z.string(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: IsoTime.nullable(),
  /** The time lists sort by: published time, never later than when it was fetched. */
  sortTime: IsoTime,
  summary: z.string().nullable(),
  leadImageUrl: z.string().nullable(),
  language: z.string().nullable(),
  categories: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  isRead: z.boolean(),
  isBookmarked: z.boolean(),
  /** In the bookmarks list only: the bookmark's tags and its note's first line, shortened, for the row. */
  bookmarkGlance: z.object({ tags: z.array(z.string()), note: z.string().max(NOTE_GLANCE_CHARS * 2) }).optional(),
  /** A rule hid it (issue 18): shown only in "Hidden by rules" and, marked, in search. */
  hiddenByRule: z.boolean().optional(),
  /**
   * The story it belongs to (issue 18): articles from different feeds about one event share an id. Absent for a
   * story of one. `sources` counts the story's articles; a list that shows the story once shows its lead.
   */
  story: z.object({ id: z.string(), sources: z.number().int().min(2) }).optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = ArticleSummarySchema.extend({
  guid: z.string().nullable(),
  updatedAt: IsoTime.nullable(),
  fetchedAt: IsoTime,
  /** Raw HTML as fetched: hostile, sanitize before showing. */
  contentHtml: z.string().nullable(),
  fullTextHtml: z.string().nullable(),
  /** The byline of the article's page, kept with its full text: a name (the feed's own is `author`). */
  byline: z.string().nullable(),
  /** The page was fetched but held no credible article text: the feed's text is shown, and the view says so. */
  fullTextFailed: z.boolean(),
  text: z.string(),
  contentHash: z.string(),
  bookmark: BookmarkSchema.nullable(),
});
export type Article = z.infer<typeof ArticleSchema>;
