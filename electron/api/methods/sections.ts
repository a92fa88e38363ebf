/**
 * Sections: the reader's groups of feeds, in the reader's order.
 */
import { z } from 'zod';
import { AccountIdSchema, SectionNameSchema } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';
import { SectionSchema } from '../models';

const core = 'core' as const;
const Nothing = z.null();

export const sectionsMethods = {
  'sections.list': method({
    owner: core,
    summary: 'All sections in the reader’s order, with feed and unread counts.',
    args: z.tuple([]),
    result: z.array(SectionSchema),
  }),
  'sections.create': method({
    owner: core,
    summary:
      'Adds a section at the end, in an account (`local` when absent); a sync service’s folder reaches its server when a feed is moved into it.',
    args: z.tuple([SectionNameSchema, AccountIdSchema.optional()]),
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
} as const;
