/**
 * Bookmarks with tags and a note.
 */
import { z } from 'zod';
import { BookmarkInputSchema, BookmarkSchema } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';

const core = 'core' as const;
const Nothing = z.null();

export const bookmarksMethods = {
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
