import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the full story, long enough that Readability treats it as the body of an article, with commas, clauses, and detail the feed summary leaves out entirely.</p>`;

function articlePage(title: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>
    <nav><a href="/">Home</a> › <a href="/world">World</a></nav>
    <article><h1>${title}</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>
    <a href="#top" class="back-to-top">Back to top</a></body></html>`;
}

function feedOf(titles: string[]): string {
  return rss(
    'Full',
    titles.map((title, i) => ({ guid: `f${i}`, title, link: server.url(`/story-${i}`), description: 'Short teaser' })),
  );
}

describe('full text for feeds with "download full articles" on', () => {
  it('fetches and extracts new articles, keeps the feed content too, and keeps the full text across refreshes', async () => {
    h = createHarness();
    server.set('/story-0', { contentType: 'text/html; charset=utf-8', body: articlePage('Long read') });
    server.set('/full.xml', { body: feedOf(['Long read']) });
    const id = h.addFeed({ url: server.url('/full.xml'), title: 'Full', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id });
    const [summary] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } })).items;
    const article = await call(h, 'articles.get', summary!.id);
    expect(article.contentHtml).toContain('Short teaser');
    expect(article.fullTextHtml).toContain('Paragraph 6 of the full story');
    expect(article.fullTextHtml).not.toMatch(/Back to top|World<\/a>/);
    expect((await call(h, 'search.articles', { query: 'clauses' })).hits).toHaveLength(1);

    // The publisher edits the title: the stored full text must survive the update.
    server.set('/full.xml', { body: feedOf(['Long read (updated)']) });
    await refreshAndWait(h, { kind: 'feed', id });
    const updated = await call(h, 'articles.get', summary!.id);
    expect(updated.title).toBe('Long read (updated)');
    expect(updated.fullTextHtml).toContain('Paragraph 6 of the full story');
    expect(server.hits('/story-0')).toBe(1);
  });

  it('does not fetch article pages for feeds without the option', async () => {
    h = createHarness();
    server.set('/plain.xml', { body: rss('Plain', [{ guid: 'p', title: 'P', link: server.url('/story-plain') }]) });
    const id = h.addFeed({ url: server.url('/plain.xml'), title: 'Plain' });
    await refreshAndWait(h, { kind: 'feed', id });
    expect(server.hits('/story-plain')).toBe(0);
  });

  it('keeps the feed’s article when its page cannot be fetched', async () => {
    h = createHarness();
    server.set('/broken.xml', {
      body: rss('B', [{ guid: 'x', title: 'Missing page', link: server.url('/no-such-page'), description: 'Teaser' }]),
    });
    const id = h.addFeed({ url: server.url('/broken.xml'), title: 'B', options: { fullText: true } });
    const finished = await refreshAndWait(h, { kind: 'feed', id });
    expect(finished).toMatchObject({ newArticles: 1, failures: [] });
  });
});
