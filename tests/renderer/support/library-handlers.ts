import type { ArticleSummary } from '@contract/library-models';
import type { FakeHandlers } from './fake-client';
import { article, counts, section, summary } from './library-data';

/**
 * A small library behind the fake client: two sections on the front page and
 * `total` articles in every list, paged with a numeric cursor like the core's
 * opaque one.
 */
export function libraryHandlers(total = 250, overrides: FakeHandlers = {}): FakeHandlers {
  const all: ArticleSummary[] = Array.from({ length: total }, (_, i) => summary(i, { isRead: i % 3 === 2 }));
  return {
    'sections.list': () => [section('s1', 'World', 1, 3), section('s2', 'Technology', 2, 1)],
    'articles.counts': () => counts(total),
    'articles.frontPage': () => ({
      sections: [
        { sectionId: 's1', name: 'World', unreadCount: 3, articles: all.slice(0, 3) },
        {
          sectionId: 's2',
          name: 'Technology',
          unreadCount: 1,
          articles: [summary(900, { title: 'Tech story', sectionId: 's2' })],
        },
        { sectionId: 's3', name: 'Empty', unreadCount: 0, articles: [] },
      ],
    }),
    'articles.list': (query) => {
      const start = query.cursor ? Number(query.cursor) : 0;
      const limit = query.limit ?? 50;
      let items = query.unreadOnly ? all.filter((item) => !item.isRead) : all;
      if (query.order === 'oldest') items = [...items].reverse();
      const end = start + limit;
      return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
    },
    'articles.get': (id) => {
      const n = Number(id.replace(/^a/, ''));
      return article(n, { ...all[n], categories: ['Climate'], author: 'Maria Lindqvist' });
    },
    ...overrides,
  };
}
