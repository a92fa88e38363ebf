import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../electron/core/discovery/discover-feeds';
import { fetchTextFrom } from '../../../electron/core/discovery/fetch-text-adapter';
import { atomFeed, fakeFetch, page, rssFeed } from './fake-fetch';

const siteHtml = readFileSync(new URL('../../fixtures/html/site-with-feed-links.html', import.meta.url), 'utf8');

describe('discoverFeeds', () => {
  it('returns a feed address as its single candidate with its title and format', async () => {
    const fetch = fakeFetch({
      'https://example.com/rss': { body: rssFeed('Example &amp; Co'), contentType: 'application/rss+xml' },
    });
    const result = await discoverFeeds('https://example.com/rss', fetch);
    expect(result).toEqual({
      ok: true,
      candidates: [
        {
          url: 'https://example.com/rss',
          title: 'Example & Co',
          format: 'rss',
          version: 'rss20',
          source: 'direct',
          latest: [{ title: 'One', publishedAt: null }],
        },
      ],
    });
    expect(fetch.calls).toHaveLength(1);
  });

  it('reads bare hosts as https and feed: addresses as http(s)', async () => {
    const fetch = fakeFetch({
      'https://example.com/': { body: rssFeed('Bare') },
      'https://example.com/atom': { body: atomFeed('Via feed scheme') },
    });
    expect(await discoverFeeds('  example.com ', fetch)).toMatchObject({ ok: true, candidates: [{ title: 'Bare' }] });
    expect(await discoverFeeds('feed:https://example.com/atom', fetch)).toMatchObject({
      ok: true,
      candidates: [{ format: 'atom' }],
    });
  });

  it('finds <link rel="alternate"> feeds, resolved against <base>, validated, deduplicated and ranked', async () => {
    const fetch = fakeFetch({
      'https://example.com/': { body: siteHtml, contentType: 'text/html; charset=utf-8' },
      'https://cdn.example.com/daily/feeds/top.xml': { body: rssFeed('Top stories (from the feed)') },
      'https://example.com/opinion.atom': { body: atomFeed('Opinion') },
      'https://example.com/wp-json/wp/v2/pages/7': { body: '{"id":7}', contentType: 'application/json' },
    });
    const result = await discoverFeeds('https://example.com/', fetch);
    expect(result).toEqual({
      ok: true,
      candidates: [
        {
          url: 'https://cdn.example.com/daily/feeds/top.xml',
          title: 'Top stories (from the feed)',
          format: 'rss',
          version: 'rss20',
          source: 'link',
          latest: [{ title: 'One', publishedAt: null }],
        },
        {
          url: 'https://example.com/opinion.atom',
          title: 'Opinion',
          format: 'atom',
          version: 'atom10',
          source: 'link',
          latest: [],
        },
      ],
    });
    expect(fetch.calls).not.toContain('javascript:alert(1)');
    // The JSON link was tried (it might have been a JSON Feed) and dropped.
    expect(fetch.calls).toHaveLength(4);
  });

  it('falls back to common paths, stopping at the first feed', async () => {
    const fetch = fakeFetch({
      'https://blog.example.org/posts/1': { body: page('<title>A post</title>'), contentType: 'text/html' },
      'https://blog.example.org/rss': { body: '<html>not here</html>', contentType: 'text/html' },
      'https://blog.example.org/rss.xml': { body: atomFeed('The blog'), finalUrl: 'https://blog.example.org/rss.xml' },
    });
    const result = await discoverFeeds('https://blog.example.org/posts/1', fetch);
    expect(result).toMatchObject({
      ok: true,
      candidates: [{ url: 'https://blog.example.org/rss.xml', title: 'The blog', source: 'common-path' }],
    });
    expect(fetch.calls).toEqual([
      'https://blog.example.org/posts/1',
      'https://blog.example.org/feed',
      'https://blog.example.org/rss',
      'https://blog.example.org/rss.xml',
    ]);
  });

  it('says clearly when there are no feeds, within the request budget', async () => {
    const fetch = fakeFetch({
      'https://example.com/': { body: page('<title>Nothing</title>'), contentType: 'text/html' },
    });
    expect(await discoverFeeds('example.com', fetch)).toEqual({ ok: false, message: 'No feeds found at example.com.' });
    expect(fetch.calls).toHaveLength(8);
    const tight = fakeFetch({ 'https://example.com/': { body: page('') } });
    await discoverFeeds('example.com', tight, { maxRequests: 3 });
    expect(tight.calls).toHaveLength(3);
  });

  it('bounds requests on a page with hundreds of link tags', async () => {
    const links = Array.from(
      { length: 500 },
      (_, i) => `<link rel="alternate" type="application/rss+xml" href="/feed-${i}.xml">`,
    ).join('');
    const fetch = fakeFetch({ 'https://example.com/': { body: page(links) } });
    const started = performance.now();
    const result = await discoverFeeds('https://example.com/', fetch);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    expect(fetch.calls.length).toBeLessThanOrEqual(10);
  });

  it('scans a huge page in bounded time', async () => {
    const filler = '<div class="x"><p>filler text &amp; more</p></div>'.repeat(100_000);
    const fetch = fakeFetch({
      'https://example.com/': {
        body: page('', `${filler}<link rel="alternate" type="application/atom+xml" href="/late.atom">`),
      },
      'https://example.com/late.atom': { body: atomFeed('Late') },
    });
    const started = performance.now();
    const result = await discoverFeeds('https://example.com/', fetch);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ ok: true, candidates: [{ title: 'Late' }] });
  });

  it('does not follow a page that links to itself or to a page linking back', async () => {
    const fetch = fakeFetch({
      'https://a.example/': {
        body: page(
          '<link rel="alternate" type="application/rss+xml" href="https://a.example/"><link rel="alternate" type="application/rss+xml" href="https://b.example/">',
        ),
      },
      'https://b.example/': {
        body: page('<link rel="alternate" type="application/rss+xml" href="https://a.example/">'),
      },
    });
    const result = await discoverFeeds('https://a.example/', fetch);
    expect(result.ok).toBe(false);
    expect(fetch.calls.filter((url) => url === 'https://a.example/')).toHaveLength(1);
    expect(fetch.calls.filter((url) => url === 'https://b.example/')).toHaveLength(1);
  });

  it('refuses redirects to non-http(s) addresses, for the page and for candidates', async () => {
    const toFile = fakeFetch({ 'https://example.com/': { body: rssFeed('x'), finalUrl: 'file:///etc/passwd' } });
    expect(await discoverFeeds('https://example.com/', toFile)).toEqual({
      ok: false,
      message: 'example.com sent Broadsheet to an address it will not open.',
    });
    const candidateToFile = fakeFetch({
      'https://example.com/': { body: page('<link rel="alternate" type="application/rss+xml" href="/rss">') },
      'https://example.com/rss': { body: rssFeed('x'), finalUrl: 'file:///etc/passwd' },
    });
    expect((await discoverFeeds('https://example.com/', candidateToFile)).ok).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
    'ftp://example.com/',
    'https://user:pw@example.com/',
    '',
  ])('refuses to open %j', async (typed) => {
    const fetch = fakeFetch({});
    const result = await discoverFeeds(typed, fetch);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not a web address/) });
    expect(fetch.calls).toEqual([]);
  });

  it('tries http when a bare address does not answer over https, but never downgrades a typed https://', async () => {
    const fetch = fakeFetch({
      'https://127.0.0.1:8080/news': new Error('the connection was refused'),
      'http://127.0.0.1:8080/news': { body: rssFeed('Local news') },
    });
    expect(await discoverFeeds('127.0.0.1:8080/news', fetch)).toMatchObject({
      ok: true,
      candidates: [{ url: 'http://127.0.0.1:8080/news', title: 'Local news' }],
    });
    expect(fetch.calls).toEqual(['https://127.0.0.1:8080/news', 'http://127.0.0.1:8080/news']);

    const typed = fakeFetch({
      'https://127.0.0.1:8080/news': new Error('the connection was refused'),
      'http://127.0.0.1:8080/news': { body: rssFeed('Local news') },
    });
    expect(await discoverFeeds('https://127.0.0.1:8080/news', typed)).toMatchObject({ ok: false });
    expect(typed.calls).toEqual(['https://127.0.0.1:8080/news']);
  });

  it('shows a candidate’s newest headlines first, at most three, dated where the feed dates them', async () => {
    const item = (title: string, date?: string) =>
      `<item><title>${title}</title>${date ? `<pubDate>${date}</pubDate>` : ''}</item>`;
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Dated</title>${[
      item('Old news', 'Mon, 01 Dec 2026 08:00:00 GMT'),
      item('Newest', 'Sun, 06 Dec 2026 08:00:00 GMT'),
      item(''),
      item('Middle', 'Thu, 03 Dec 2026 08:00:00 GMT'),
      item('Undated'),
    ].join('')}</channel></rss>`;
    const fetch = fakeFetch({ 'https://example.com/rss': { body } });
    const result = await discoverFeeds('https://example.com/rss', fetch);
    expect(result.ok && result.candidates[0]!.latest).toEqual([
      { title: 'Newest', publishedAt: '2026-12-06T08:00:00.000Z' },
      { title: 'Middle', publishedAt: '2026-12-03T08:00:00.000Z' },
      { title: 'Old news', publishedAt: '2026-12-01T08:00:00.000Z' },
    ]);
  });

  it('accepts a host with a port', async () => {
    const fetch = fakeFetch({ 'https://example.com:8443/feed': { body: rssFeed('Port') } });
    expect(await discoverFeeds('example.com:8443/feed', fetch)).toMatchObject({ ok: true });
  });

  it('passes on the fetcher’s reason when the page cannot be fetched', async () => {
    const fetch = fakeFetch({ 'https://example.com/': new Error('the server did not answer within 30 seconds') });
    expect(await discoverFeeds('https://example.com/', fetch)).toEqual({
      ok: false,
      message: 'Could not open example.com: the server did not answer within 30 seconds',
    });
  });

  it('reads byte bodies in the page’s declared charset', async () => {
    const latin1 = Uint8Array.from(
      [...'<html><head><meta charset="iso-8859-1"><link rel="alternate" type="application/rss+xml" title="Caf']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...'" href="/f"></head></html>'].map((c) => c.charCodeAt(0)),
        ),
    );
    const fetch = fakeFetch({
      'https://example.com/': { body: latin1, contentType: 'text/html' },
      'https://example.com/f': { body: rssFeed('') },
    });
    expect(await discoverFeeds('https://example.com/', fetch)).toMatchObject({
      ok: true,
      candidates: [{ title: 'Café' }],
    });
  });

  it('adapts the fetcher’s result union', async () => {
    const fetchText = fetchTextFrom(async (url) =>
      url.endsWith('/ok')
        ? {
            kind: 'ok',
            finalUrl: url,
            contentType: 'application/rss+xml',
            body: new TextEncoder().encode(rssFeed('Adapted')),
          }
        : { kind: 'error', message: 'The server refused the connection.' },
    );
    expect(await discoverFeeds('https://example.com/ok', fetchText)).toMatchObject({
      ok: true,
      candidates: [{ title: 'Adapted' }],
    });
    expect(await discoverFeeds('https://example.com/no', fetchText)).toEqual({
      ok: false,
      message: 'Could not open example.com: The server refused the connection.',
    });
  });
});
