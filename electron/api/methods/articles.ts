/**
 * Articles: lists, the front page, one article, counts, read state, and full text on demand.
 */
import { z } from 'zod';
import { ArticleSchema, ArticleSummarySchema } from '../library-models';
import {
  ArticlePageSchema,
  CountsSchema,
  FrontPageSchema,
  ListQuerySchema,
  MarkTargetSchema,
} from '../library-queries';
import { IdSchema as Id, method } from '../method-spec';

const core = 'core' as const;

export const articlesMethods = {
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
  'articles.story': method({
    owner: core,
    summary: 'Every article of a story (its sources), earliest first: the story the reader opened, side by side.',
    args: z.tuple([Id]),
    result: z.array(ArticleSummarySchema),
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
  'articles.fetchFullText': method({
    owner: core,
    summary:
      'Fetches one article’s web page now and keeps its extracted full text next to the feed’s content; returns the updated article. Fails with a reader-facing message when offline, or when the page cannot be fetched or holds no credible article (then `details.reason` is `not-an-article`, the feed’s text stays and the article is marked `fullTextFailed`).',
    args: z.tuple([Id]),
    result: ArticleSchema,
  }),
} as const;
