import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema, SearchQuerySchema, type ListScope } from '../../../../electron/api/library-queries';
import type { ArticleSummary } from '../../../../electron/api/library-models';
import { applyItems } from '../../../../electron/core/accounts/remote/apply-items';
import type { RemoteItem } from '../../../../electron/core/accounts/remote/remote-model';
import type { ParsedEntry } from '../../../../electron/core/library/articles/parsed-entry';
import { forgetStoryIndex } from '../../../../electron/core/library/stories/story-index';
import { HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';
import { addServiceAccountFeed } from '../support/service-account';

/**
 * Story grouping as the store does it (issue 18): articles are grouped when they are first stored, whichever way
 * they arrive, and every list's summaries say which story each belongs to and how many sources it has.
 */
let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

const visit = (guid: string, hoursAgo: number, extra: Partial<ParsedEntry> = {}): ParsedEntry => ({
  guid,
  url: `https://${guid}.example/ganbold-pyongyang`,
  title: 'Mongolian president arrives in Pyongyang for first state visit',
  contentHtml:
    '<p>Mongolian President Tsendiin Ganbold arrived in Pyongyang on Tuesday for a three-day state visit, the first by a Mongolian leader in two decades.</p>',
  publishedAt: NOW - hoursAgo * HOUR,
  ...extra,
});
const rewrite = (guid: string, hoursAgo: number): ParsedEntry => ({
  guid,
  url: `https://${guid}.example/why-ganbold`,
  title: 'Why is Mongolia’s president in Pyongyang?',
  contentHtml:
    '<p>Ganbold’s three-day state visit to Pyongyang, which began on Tuesday, is the first by a Mongolian leader in twenty years.</p>',
  publishedAt: NOW - hoursAgo * HOUR,
});
const unrelated: ParsedEntry = {
  guid: 'rates',
  url: 'https://bank.example/rates',
  title: 'Central bank holds its key rate at 2.5%',
  contentHtml: '<p>The central bank kept borrowing costs unchanged, citing household debt.</p>',
  publishedAt: NOW - 2 * HOUR,
};

const list = (scope: ListScope) =>
  f.handlers['articles.list'](ListQuerySchema.parse({ scope })) as { items: ArticleSummary[] };
// One article as the reading view gets it: lists show a story once (story-leads.ts), an article always says its story.
const summary = (id: string) => f.handlers['articles.get'](id) as ArticleSummary;
const storyOf = (id: string) => summary(id)?.story;

describe('stories in the store', () => {
  it('puts an article arriving from a second feed in the first one’s story; both summaries say so', () => {
    const [first] = f.ingest(f.addFeed('Wire'), [visit('wire', 5)]);
    expect(storyOf(first!)).toBeUndefined();
    const [second] = f.ingest(f.addFeed('Paper'), [rewrite('paper', 2)]);
    const [other] = f.ingest(f.addFeed('Bank'), [unrelated]);
    expect(storyOf(first!)).toEqual({ id: first, sources: 2 });
    expect(storyOf(second!)).toEqual({ id: first, sources: 2 });
    expect(storyOf(other!)).toBeUndefined();
  });

  it('groups the same link from two feeds whatever the headlines say', () => {
    const [first] = f.ingest(f.addFeed('World'), [visit('wire', 5)]);
    const [second] = f.ingest(f.addFeed('Asia'), [
      {
        guid: 'asia-1',
        url: 'https://wire.example/ganbold-pyongyang',
        title: 'Ulaanbaatar looks north',
        publishedAt: NOW,
      },
    ]);
    expect(storyOf(second!)).toEqual({ id: first, sources: 2 });
  });

  it('leaves a near miss alone: the same headline on another day from another feed', () => {
    const [monday] = f.ingest(f.addFeed('Markets'), [
      {
        guid: 'mon',
        title: 'Stocks close higher as tech shares rally',
        contentHtml: '<p>Wall Street closed higher on Monday as technology shares rallied.</p>',
        publishedAt: NOW - 20 * HOUR,
      },
    ]);
    const [tuesday] = f.ingest(f.addFeed('Business'), [
      {
        guid: 'tue',
        title: 'Stocks close higher as banks rally',
        contentHtml: '<p>Wall Street closed higher on Tuesday as bank shares rallied.</p>',
        publishedAt: NOW,
      },
    ]);
    expect(storyOf(monday!)).toBeUndefined();
    expect(storyOf(tuesday!)).toBeUndefined();
  });

  it('never groups two articles of one feed by their words', () => {
    const ids = f.ingest(f.addFeed('Wire'), [visit('one', 5), rewrite('two', 3)]);
    expect(ids.map(storyOf)).toEqual([undefined, undefined]);
  });

  it('keeps an article’s story when the feed updates it, and does not group it again', () => {
    const wire = f.addFeed('Wire');
    const [first] = f.ingest(wire, [visit('wire', 5)]);
    const [second] = f.ingest(f.addFeed('Paper'), [rewrite('paper', 2)]);
    f.ingest(wire, [visit('wire', 5, { title: 'Ganbold in Pyongyang: talks on rail link (updated)' })]);
    expect(summary(first!)).toMatchObject({ title: 'Ganbold in Pyongyang: talks on rail link (updated)' });
    expect(storyOf(first!)).toEqual({ id: first, sources: 2 });
    expect(storyOf(second!)).toEqual({ id: first, sources: 2 });
  });

  it('groups after a restart from the signatures it kept', () => {
    const [first] = f.ingest(f.addFeed('Wire'), [visit('wire', 5)]);
    forgetStoryIndex(f.library.db());
    const [second] = f.ingest(f.addFeed('Paper'), [rewrite('paper', 2)]);
    expect(storyOf(second!)).toEqual({ id: first, sources: 2 });
  });

  it('carries the story on the front page, in search results, in bookmarks and in one article', async () => {
    const [first] = f.ingest(f.addFeed('Wire'), [visit('wire', 5)]);
    const [second] = f.ingest(f.addFeed('Paper'), [rewrite('paper', 2)]);
    const story = { id: first, sources: 2 };
    const front = (await f.handlers['articles.frontPage'](5)) as unknown as { items?: ArticleSummary[] };
    expect(JSON.stringify(front)).toContain(JSON.stringify({ id: first, sources: 2 }));
    const hits = f.handlers['search.articles'](SearchQuerySchema.parse({ query: 'Pyongyang' })) as {
      hits: { article: ArticleSummary }[];
    };
    expect(hits.hits.map((hit) => hit.article.story)).toEqual([story, story]);
    await f.handlers['bookmarks.set'](second!, { tags: [], note: '' });
    expect(list({ kind: 'bookmarks' }).items.map((item) => item.story)).toEqual([story]);
    expect((await f.handlers['articles.get'](first!)).story).toEqual(story);
  });

  it('groups a sync service’s new items with each other and with feeds polled here', () => {
    const [local] = f.ingest(f.addFeed('Wire'), [visit('wire', 5)]);
    const db = f.library.db();
    for (const name of ['paper', 'daily']) addServiceAccountFeed(f, name);
    const item = (remoteId: string, feed: string, entry: ParsedEntry): RemoteItem => ({
      remoteId,
      feedRemoteId: `feed/${feed}`,
      feedTitle: null,
      feedSiteUrl: null,
      url: entry.url ?? null,
      title: entry.title ?? null,
      author: null,
      publishedAt: entry.publishedAt ?? null,
      updatedAt: null,
      contentHtml: entry.contentHtml ?? null,
      summaryHtml: null,
      categories: [],
      serverTime: null,
      enclosures: [],
      read: false,
      starred: false,
    });
    const applied = applyItems(
      db,
      'fresh',
      [item('i1', 'paper', rewrite('paper', 2)), item('i2', 'daily', { ...rewrite('daily', 1), guid: 'd' })],
      NOW,
    );
    for (const id of applied.insertedIds) expect(storyOf(String(id))).toEqual({ id: local, sources: 3 });
  });
});
