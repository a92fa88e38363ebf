import type { Article, ArticleSummary, Feed } from '@contract/library-models';
import type { Section } from '@contract/models';

/** Small builders for library data in renderer tests; every field has a plausible default. */
const HOUR = 3_600_000;

export function summary(n: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  // From the clock when built, not when this module loaded: "Just now" must not age with the suite.
  const time = new Date(Date.now() - n * HOUR).toISOString();
  return {
    id: `a${n}`,
    feedId: 'f1',
    feedTitle: 'The Daily Courier',
    sectionId: 's1',
    title: `Story ${n}`,
    author: null,
    url: `https://news.example/${n}`,
    publishedAt: time,
    sortTime: time,
    summary: `Summary of story ${n}.`,
    leadImageUrl: null,
    language: 'en',
    categories: [],
    wordCount: 920,
    isRead: false,
    isBookmarked: false,
    ...overrides,
  };
}

export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    ...summary(n),
    guid: `g${n}`,
    updatedAt: null,
    fetchedAt: new Date().toISOString(),
    contentHtml: `<p>Body of story ${n}.</p>`,
    fullTextHtml: null,
    byline: null,
    fullTextFailed: false,
    text: `Body of story ${n}.`,
    contentHash: `h${n}`,
    bookmark: null,
    ...overrides,
  };
}

export function section(id: string, name: string, position: number, unreadCount = 0): Section {
  return { id, accountId: 'local', name, position, feedCount: 1, unreadCount };
}

export function feed(id: string, title: string, sectionId: string | null, overrides: Partial<Feed> = {}): Feed {
  return {
    id,
    accountId: 'local',
    url: `https://feeds.example/${id}.xml`,
    siteUrl: null,
    title,
    iconUrl: null,
    sectionId,
    position: 0,
    options: { fullText: false, refreshMinutes: null, paused: false },
    articleCount: 3,
    unreadCount: 0,
    sync: {
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      lastErrorCause: null,
      consecutiveFailures: 0,
      nextDueAt: null,
    },
    ...overrides,
  };
}

export const counts = (
  unread: number,
  overrides: Partial<{
    today: number;
    bookmarks: number;
    sections: { id: string; unread: number }[];
    feeds: { id: string; unread: number }[];
  }> = {},
) => ({
  unread,
  today: 0,
  bookmarks: 0,
  sections: [],
  feeds: [],
  ...overrides,
});
