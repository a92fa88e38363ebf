import { SearchQuerySchema, type SearchQuery } from '../../electron/api/library-queries';

/**
 * The store benchmark's 100 searches (issue 3), shared by library-bench.ts and
 * search-profile.ts so a profile times exactly what the p95 is made of:
 * 17 queries (common and rare words, two-word AND, a prefix, a phrase of the
 * two most common words, CJK, upper case) cycled against 5 filter sets.
 */
export interface StoreSearch {
  /** "query {filters}", the key the slowest-search report uses. */
  key: string;
  query: SearchQuery;
}

export function storeSearches(vocabulary: readonly string[], sections: readonly string[], now: number): StoreSearch[] {
  const v = vocabulary;
  const queries = [
    v[0]!,
    v[3]!,
    v[50]!,
    v[400]!,
    v[5000]!,
    v[20000]!,
    `${v[1]!} ${v[2]!}`,
    `${v[10]!} ${v[900]!}`,
    `${v[7]!.slice(0, 3)}*`,
    `"${v[0]!} ${v[1]!}"`,
    '서울',
    '경제',
    '東京',
    '経済',
    '北京',
    '经济政策',
    `${v[100]!.toUpperCase()}`,
  ];
  return Array.from({ length: 100 }, (_, i) => {
    const filters = [
      {},
      { unreadOnly: true },
      { sectionId: sections[i % sections.length] },
      { order: 'newest' },
      { since: new Date(now - 7 * 86_400_000).toISOString() },
    ][i % 5];
    const query = SearchQuerySchema.parse({ query: queries[i % queries.length], ...filters });
    return { key: `${query.query} ${JSON.stringify(filters)}`, query };
  });
}
