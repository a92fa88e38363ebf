import { z } from 'zod';
import {
  ArticleSchema,
  BookmarkInputSchema,
  BookmarkSchema,
  FeedCreateSchema,
  FeedPatchSchema,
  FeedSchema,
  LibraryStatusSchema,
  SectionNameSchema,
} from '../library-models';
import {
  ArticlePageSchema,
  CountsSchema,
  FrontPageSchema,
  ListQuerySchema,
  MarkTargetSchema,
  RetentionPolicySchema,
  RetentionResultSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from '../library-queries';
import { IdSchema as Id, method } from '../method-spec';
import { SectionSchema } from '../models';

/** The offline library: sections, feeds, articles, read state, bookmarks, search, retention. */
const core = 'core' as const;
const Nothing = z.null();

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

  'sections.list': method({
    owner: core,
    summary: 'All sections in the reader’s order, with feed and unread counts.',
    args: z.tuple([]),
    result: z.array(SectionSchema),
  }),
  'sections.create': method({
    owner: core,
    summary: 'Adds a section at the end.',
    args: z.tuple([SectionNameSchema]),
    result: SectionSchema,
  }),
  'sections.rename': method({
    owner: core,
    summary: 'Renames a section.',
    args: z.tuple([Id, SectionNameSchema]),
    result: SectionSchema,
  }),
  'sections.delete': method({
    owner: core,
    summary: 'Deletes a section; its feeds stay, in no section.',
    args: z.tuple([Id]),
    result: Nothing,
  }),
  'sections.reorder': method({
    owner: core,
    summary: 'Puts sections in a new order; every section id exactly once.',
    args: z.tuple([z.array(Id).max(1000)]),
    result: z.array(SectionSchema),
  }),

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
  'feeds.remove': method({
    owner: core,
    summary: 'Unsubscribes; bookmarked articles of the feed are kept.',
    args: z.tuple([Id]),
    result: Nothing,
  }),

  'articles.list': method({
    owner: core,
    summary: 'One page of articles of a scope (all, unread, today, bookmarks, section, feed, category).',
    args: z.tuple([ListQuerySchema]),
    result: ArticlePageSchema,
  }),
  'articles.frontPage': method({
    owner: core,
    summary: 'The latest articles of every section in one call.',
    args: z.tuple([z.number().int().min(1).max(50)]),
    result: FrontPageSchema,
  }),
  'articles.get': method({
    owner: core,
    summary: 'One article with its content and bookmark.',
    args: z.tuple([Id]),
    result: ArticleSchema,
  }),
  'articles.counts': method({
    owner: core,
    summary: 'Unread counts for everything, today, every section and feed, and the bookmark count.',
    args: z.tuple([]),
    result: CountsSchema,
  }),
  'articles.markRead': method({
    owner: core,
    summary: 'Marks articles read (true) or unread (false); returns how many changed.',
    args: z.tuple([MarkTargetSchema, z.boolean()]),
    result: z.object({ changed: z.number().int().nonnegative() }),
  }),

  'search.articles': method({
    owner: core,
    summary: 'Ranked full-text search with filters; highlights as offsets.',
    args: z.tuple([SearchQuerySchema]),
    result: SearchResultSchema,
  }),

  'bookmarks.set': method({
    owner: core,
    summary: 'Bookmarks an article, or changes its tags or note.',
    args: z.tuple([Id, BookmarkInputSchema]),
    result: BookmarkSchema,
  }),
  'bookmarks.remove': method({ owner: core, summary: 'Removes a bookmark.', args: z.tuple([Id]), result: Nothing }),
  'bookmarks.tags': method({
    owner: core,
    summary: 'Every bookmark tag with how many bookmarks carry it.',
    args: z.tuple([]),
    result: z.array(z.object({ tag: z.string(), count: z.number().int() })),
  }),
} as const;

export const libraryEvents = {
  'library.countsChanged': CountsSchema,
  'library.statusChanged': LibraryStatusSchema,
} as const;
