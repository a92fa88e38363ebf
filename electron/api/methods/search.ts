/**
 * Search over every stored article.
 */
import { z } from 'zod';
import { SearchQuerySchema, SearchResultSchema } from '../library-queries';
import { method } from '../method-spec';

const core = 'core' as const;

export const searchMethods = {
  'search.articles': method({
    owner: core,
    summary: 'Ranked full-text search with filters; highlights as offsets.',
    args: z.tuple([SearchQuerySchema]),
    result: SearchResultSchema,
  }),
} as const;
