import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blurbPhrase, clientRenderedStory, storyFeedText, storyLastSentence } from './support/client-rendered-story';
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

const loginBar = `<!doctype html><html lang="fr"><head><title>Le projet de loi sur le logement</title>
  <meta name="author" content="http://lejournal.example/auteur/jean-dupont/"></head><body>
  <div class="account"><a href="/login">Se connecter</a> / <a href="/signup">S’inscrire</a> /
  <a href="/logout">Se déconnecter</a> / <a href="/">Le journal</a></div><div id="app"></div></body></html>`;
const teaser =
  'Le gouvernement a présenté mercredi un projet de loi sur le logement, qui prévoit de nouvelles aides pour les jeunes ménages.';

function bylinedPage(title: string, author: string): string {
  return `<!doctype html><html><head><title>${title} - The Courier</title><meta name="author" content="${author}"></head>
    <body><article><h1>${title}</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></body></html>`;
}

describe('full text you can trust (issue 17)', () => {
  it('keeps the feed’s text when the page holds only the site’s chrome, and marks the article', async () => {
    h = createHarness();
    server.set('/login-bar', { contentType: 'text/html; charset=utf-8', body: loginBar });
    server.set('/chrome.xml', {
      body: rss('Chrome', [{ guid: 'c', title: 'Logement', link: server.url('/login-bar'), description: teaser }]),
    });
    const id = h.addFeed({ url: server.url('/chrome.xml'), title: 'Chrome', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id });
    const [summary] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } })).items;
    const article = await call(h, 'articles.get', summary!.id);
    expect(server.hits('/login-bar')).toBe(1);
    expect(article.fullTextHtml).toBeNull();
    expect(article.fullTextFailed).toBe(true);
    expect(article.text).toBe(teaser);
    expect(article.byline).toBeNull();
    expect((await call(h, 'search.articles', { query: 'déconnecter' })).hits).toEqual([]);
    expect((await call(h, 'search.articles', { query: 'ménages' })).hits).toHaveLength(1);

    // A later refresh neither fetches the page again nor forgets that it failed.
    await refreshAndWait(h, { kind: 'feed', id });
    expect((await call(h, 'articles.get', summary!.id)).fullTextFailed).toBe(true);
    expect(server.hits('/login-bar')).toBe(1);
  });

  it('hands the feed’s text to the extractor, so a page whose first body is the site’s blurb gives its JSON-LD story', async () => {
    h = createHarness();
    server.set('/ferry', { contentType: 'text/html; charset=utf-8', body: clientRenderedStory('Ferry returns') });
    server.set('/ferry.xml', {
      body: rss('Ferry', [
        { guid: 'f', title: 'Ferry returns', link: server.url('/ferry'), description: storyFeedText },
      ]),
    });
    const id = h.addFeed({ url: server.url('/ferry.xml'), title: 'Ferry', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id });
    const [summary] = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } })).items;
    const article = await call(h, 'articles.get', summary!.id);
    expect(article.fullTextFailed).toBe(false);
    expect(article.fullTextHtml).toContain(storyLastSentence);
    expect(article.fullTextHtml).not.toContain(blurbPhrase);
  });

  it('keeps the page’s title where the feed’s is cut, and its byline (a name, never a URL), searchable', async () => {
    h = createHarness();
    server.set('/coast', {
      contentType: 'text/html; charset=utf-8',
      body: bylinedPage('Ministers agree on a plan for the coast', 'Jane Doe'),
    });
    server.set('/river', {
      contentType: 'text/html; charset=utf-8',
      body: bylinedPage('River levels fall', 'https://courier.example/people/jane-doe'),
    });
    const feed = rss('Courier', [
      { guid: 'coast', title: 'Ministers agree on…', link: server.url('/coast'), description: 'Short teaser' },
      { guid: 'river', title: 'River levels fall', link: server.url('/river'), description: 'Short teaser' },
    ]);
    server.set('/courier.xml', { body: feed });
    const id = h.addFeed({ url: server.url('/courier.xml'), title: 'Courier', options: { fullText: true } });
    await refreshAndWait(h, { kind: 'feed', id });
    const stored = async () => {
      const list = (await call(h, 'articles.list', { scope: { kind: 'feed', feedId: id } })).items;
      return Promise.all(list.map((item) => call(h, 'articles.get', item.id)));
    };
    const byPage = async (path: string) => (await stored()).find((article) => article.url === server.url(path))!;
    expect(await byPage('/coast')).toMatchObject({
      title: 'Ministers agree on a plan for the coast',
      byline: 'Jane Doe',
      fullTextFailed: false,
    });
    expect(await byPage('/river')).toMatchObject({ title: 'River levels fall', byline: null });
    const coast = await byPage('/coast');
    expect((await call(h, 'search.articles', { query: 'Doe' })).hits.map((hit) => hit.article.id)).toEqual([coast.id]);
    expect((await call(h, 'search.articles', { query: 'coast plan' })).hits.map((hit) => hit.article.id)).toEqual([
      coast.id,
    ]);

    // The next refresh brings the cut title again: the page's title and byline stay, with no second download.
    await refreshAndWait(h, { kind: 'feed', id });
    expect(await byPage('/coast')).toMatchObject({
      title: 'Ministers agree on a plan for the coast',
      byline: 'Jane Doe',
    });
    expect(server.hits('/coast')).toBe(1);
  });
});
