/**
 * Rules in a real refresh of a feed polled here, through the core service: a skipped page is never downloaded,
 * a hidden article is kept out of the lists, and the run's "finished" event announces what `notify` flagged.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rss, startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from '../sync/support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${'<p>A long paragraph of the story, with enough words and clauses that it reads as the body of an article and not a teaser.</p>'.repeat(8)}</article></body></html>`;

describe('rules in a refresh', () => {
  it('skips a page download, hides, and announces at the end of the run', async () => {
    h = createHarness();
    await call(h, 'rules.save', {
      name: 'Sponsored',
      enabled: true,
      match: 'all',
      conditions: [{ field: 'title', op: 'matches', value: '^sponsored\\b' }],
      actions: [{ type: 'skip-full-text' }, { type: 'hide' }],
    });
    await call(h, 'rules.save', {
      name: 'Quakes',
      enabled: true,
      match: 'all',
      conditions: [{ field: 'title', op: 'contains', value: 'EARTHQUAKE' }],
      actions: [{ type: 'notify' }],
    });
    server.set('/story-0', { contentType: 'text/html; charset=utf-8', body: page('Earthquake off the coast') });
    server.set('/story-1', { contentType: 'text/html; charset=utf-8', body: page('Sponsored: a watch') });
    server.set('/feed.xml', {
      body: rss(
        'Wire',
        ['Earthquake off the coast', 'Sponsored: a watch'].map((title, i) => ({
          guid: `s${i}`,
          title,
          link: server.url(`/story-${i}`),
          description: 'Short teaser',
        })),
      ),
    });
    const id = h.addFeed({ url: server.url('/feed.xml'), title: 'Wire', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id });
    expect(server.hits('/story-0')).toBe(1);
    expect(server.hits('/story-1')).toBe(0);
    const listed = await call(h, 'articles.list', { scope: { kind: 'all' } });
    expect(listed.items.map((item) => item.title)).toEqual(['Earthquake off the coast']);
    const hidden = await call(h, 'articles.list', { scope: { kind: 'hidden' } });
    expect(hidden.items.map((item) => [item.title, item.hiddenByRule])).toEqual([['Sponsored: a watch', true]]);
    const [finished] = h.eventsOf('sync.finished');
    expect(finished!.ruleNotified).toEqual({
      count: 1,
      articles: [{ articleId: listed.items[0]!.id, title: 'Earthquake off the coast', feedTitle: 'Wire' }],
    });
  });
});
