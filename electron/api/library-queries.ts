/** Arguments and results of the library's list, count, mark and search methods. */
import { z } from 'zod';
import { ArticleSummarySchema, LIMITS } from './library-models';
import { IdSchema } from './method-spec';

export const ListScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('unread') }),
  z.object({ kind: z.literal('today') }),
  z.object({ kind: z.literal('bookmarks'), tag: z.string().trim().min(1).max(LIMITS.tag).optional() }),
  z.object({ kind: z.literal('section'), sectionId: IdSchema }),
  z.object({ kind: z.literal('feed'), feedId: IdSchema }),
  z.object({ kind: z.literal('category'), category: z.string().trim().min(1).max(200) }),
  /** "Hidden by rules": the articles a rule hid, which every other list, count and the front page leave out. */
  z.object({ kind: z.literal('hidden') }),
]);
export type ListScope = z.infer<typeof ListScopeSchema>;

export const ListQuerySchema = z.object({
  scope: ListScopeSchema,
  order: z.enum(['newest', 'oldest']).default('newest'),
  limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
  /** Opaque; from the previous page's nextCursor. */
  cursor: z.string().min(1).max(100).optional(),
  unreadOnly: z.boolean().default(false),
  /**
   * 'section': the articles of each section together, sections in the
   * sidebar's order (articles without a section last), each by `order`;
   * for lists that mix sections. A section's or a feed's list ignores it.
   */
  groupBy: z.enum(['day', 'section']).default('day'),
});
export type ListQuery = z.output<typeof ListQuerySchema>;

export const ArticlePageSchema = z.object({
  items: z.array(ArticleSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ArticlePage = z.infer<typeof ArticlePageSchema>;

export const FrontPageSchema = z.object({
  sections: z.array(
    z.object({
      /** null gathers feeds that belong to no section. */
      sectionId: z.string().nullable(),
      name: z.string(),
      unreadCount: z.number().int().nonnegative(),
      articles: z.array(ArticleSummarySchema),
    }),
  ),
});
export type FrontPage = z.infer<typeof FrontPageSchema>;

const CountSchema = z.object({ id: z.string(), unread: z.number().int().nonnegative() });
export const CountsSchema = z.object({
  unread: z.number().int().nonnegative(),
  today: z.number().int().nonnegative(),
  bookmarks: z.number().int().nonnegative(),
  sections: z.array(CountSchema),
  feeds: z.array(CountSchema),
});
export type Counts = z.infer<typeof CountsSchema>;

export const MarkTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('articles'), ids: z.array(IdSchema).min(1).max(LIMITS.markIds) }),
  /** Everything in the scope at least as old as the article (the reader's "mark older as read"). */
  z.object({ kind: z.literal('olderThan'), articleId: IdSchema, scope: ListScopeSchema }),
  /**
   * Everything in the scope after the article in a list of that order, the article itself left out (the reader's
   * "mark below as read"; newest first, that is everything older).
   */
  z.object({
    kind: z.literal('below'),
    articleId: IdSchema,
    scope: ListScopeSchema,
    order: z.enum(['newest', 'oldest']),
  }),
  z.object({ kind: z.literal('feed'), feedId: IdSchema }),
  z.object({ kind: z.literal('section'), sectionId: IdSchema }),
  z.object({ kind: z.literal('all') }),
  /** Every article of a story (issue 18): reading one source of a story reads the story. */
  z.object({ kind: z.literal('story'), storyId: IdSchema }),
]);
export type MarkTarget = z.infer<typeof MarkTargetSchema>;

export const RangeSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const SearchQuerySchema = z.object({
  query: z.string().max(LIMITS.query),
  sectionId: IdSchema.optional(),
  feedId: IdSchema.optional(),
  unreadOnly: z.boolean().default(false),
  bookmarkedOnly: z.boolean().default(false),
  since: z.string().datetime({ offset: true }).optional(),
  until: z.string().datetime({ offset: true }).optional(),
  order: z.enum(['relevance', 'newest']).default('relevance'),
  limit: z.number().int().min(1).max(LIMITS.searchHits).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  article: ArticleSummarySchema,
  /** Offsets into article.title, in UTF-16 code units. */
  titleHighlights: z.array(RangeSchema),
  snippet: z.string(),
  /** Offsets into snippet. */
  snippetHighlights: z.array(RangeSchema),
});
/** A count that stopped early: `more` means there are more than `count`. */
export const CappedCountSchema = z.object({ count: z.number().int().min(0), more: z.boolean() });
export type CappedCount = z.infer<typeof CappedCountSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  hasMore: z.boolean(),
  /** Results passing the filters; `matches` counts the words alone (the same when no filter is set). */
  total: z.object({ results: CappedCountSchema, matches: CappedCountSchema }),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const RetentionPolicySchema = z.object({
  maxAgeDays: z.number().int().min(1).max(3650).default(90),
  keepUnread: z.boolean().default(true),
  keepLatestPerFeed: z.number().int().min(0).max(10_000).default(20),
});
export type RetentionPolicy = z.output<typeof RetentionPolicySchema>;
export const RetentionResultSchema = z.object({ removed: z.number().int().nonnegative() });
