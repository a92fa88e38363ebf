import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../electron/core/fulltext/extract-article';
import type { ExtractedArticle, ExtractResult } from '../../../electron/core/fulltext/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url));
const NEWS_URL = 'https://www.coastal-ledger.example/news/2026/mar/02/flood-barrier-opens';

function article(result: ExtractResult): ExtractedArticle {
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const paragraphs = (
  count: number,
  text = 'A sentence long enough to look like real prose about a real event in a real place. ',
) => Array.from({ length: count }, () => `<p>${text.repeat(4)}</p>`).join('');

describe('extractArticle on a news page', () => {
  const news = article(
    extractArticle(fixture('news-article.html'), { url: NEWS_URL, now: () => Date.UTC(2026, 2, 3) }),
  );

  it('extracts title, byline, published time, site name and language', () => {
    expect(news).toMatchObject({
      url: NEWS_URL,
      title: 'Harbour city opens flood barrier after decade of delays',
      byline: 'Amira Haddad',
      publishedTime: '2026-03-02T09:30:00.000Z',
      siteName: 'The Coastal Ledger',
      language: 'en-GB',
    });
  });

  it('keeps the story and counts its words', () => {
    expect(news.textContent).toMatch(/^The long-delayed flood barrier/);
    expect(news.textContent).toMatch(/5,000 homes remain at risk\.$/);
    expect(news.textContent).toContain('\n\nYears of delay\n\n');
    expect(news.wordCount).toBeGreaterThan(300);
    expect(news.wordCount).toBeLessThan(340);
  });

  it.each([
    'Skip to main content',
    'Sport',
    'Search the Ledger',
    'Environment',
    'Share on',
    'Copy link',
    'Sign up',
    'newsletter',
    'Related stories',
    'Storm surge floods',
    'Most read',
    'Celebrity chef',
    'Back to top',
    'Top ↑',
    'All rights reserved',
    'Privacy policy',
  ])('leaves %j out of the body', (furniture) => {
    expect(news.contentHtml).not.toContain(furniture);
    expect(news.textContent).not.toContain(furniture);
  });

  it('makes links absolute, lower-cases tags, and carries no script', () => {
    expect(news.contentHtml).toContain('href="https://www.coastal-ledger.example/news/2023/jan/10/barrier-costs"');
    expect(news.contentHtml).not.toMatch(/<[A-Z]/);
    expect(news.contentHtml).not.toMatch(/<script|onclick|__tracking/);
    expect((globalThis as { __tracking?: unknown }).__tracking).toBeUndefined();
  });
});

describe('extractArticle fallbacks', () => {
  const blog = article(
    extractArticle(fixture('blog-post-meta-date.html'), {
      url: 'https://blog.example/2026/02/notes',
      contentType: 'text/html',
    }),
  );

  it('reads the charset from <meta>, the date from meta tags, the language from Content-Language', () => {
    expect(blog).toMatchObject({
      title: 'Notes de terrain',
      byline: 'Luc Moreau',
      publishedTime: '2026-02-14T18:00:00.000Z',
      language: 'fr',
    });
    expect(blog.textContent).toContain('Le village se réveille tard en hiver');
    expect(blog.textContent).toContain('« Je ne voulais pas');
  });

  it('resolves relative URLs against <base href>', () => {
    expect(blog.contentHtml).toContain('src="https://static.blog.example/posts/img/vallee.jpg"');
    expect(blog.contentHtml).toContain('href="https://static.blog.example/posts/photos/index.html"');
    expect(blog.contentHtml).toContain('href="https://static.blog.example/audio/"');
  });

  it('leaves out a #top link in another language and a social box', () => {
    expect(blog.textContent).not.toMatch(/Haut de page|Partager|Accueil/);
  });

  it('resolves srcset candidates against the page URL', () => {
    const html = `<html><body><article><h1>T</h1>${paragraphs(4)}<p><img src="a.jpg" srcset="a-1x.jpg 1x, /b-2x.jpg 2x"> ${'More text here. '.repeat(20)}</p>${paragraphs(3)}</article></body></html>`;
    const result = article(extractArticle(html, { url: 'https://example.com/x/story' }));
    expect(result.contentHtml).toContain('src="https://example.com/x/a.jpg"');
    expect(result.contentHtml).toContain('srcset="https://example.com/x/a-1x.jpg 1x, https://example.com/b-2x.jpg 2x"');
  });

  it('takes the publication date from JSON-LD or <time itemprop> when meta tags say nothing, never from the future', () => {
    const body = `<article><h1>T</h1>${paragraphs(6)}</article>`;
    const withTime = `<html><body><span itemprop="datePublished" datetime="2025-12-24T08:00:00+01:00"></span>${body}</body></html>`;
    expect(article(extractArticle(withTime, { url: 'https://example.com/' })).publishedTime).toBe(
      '2025-12-24T07:00:00.000Z',
    );
    const future = `<html><head><meta property="article:published_time" content="2999-01-01T00:00:00Z"></head><body>${body}</body></html>`;
    expect(article(extractArticle(future, { url: 'https://example.com/' })).publishedTime).toBeNull();
  });

  it('counts words in text without spaces', () => {
    const html = `<html lang="ja"><body><article><h1>見出し</h1>${paragraphs(6, '東京で新しい防潮堤が完成し、多くの住民が式典に参加しました。')}</article></body></html>`;
    const result = article(extractArticle(html, { url: 'https://example.jp/a' }));
    expect(result.language).toBe('ja');
    expect(result.wordCount).toBeGreaterThan(100);
  });
});

describe('extractArticle limits and refusals', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'not a url', ''])('refuses the page URL %j', (url) => {
    expect(extractArticle('<p>x</p>', { url })).toMatchObject({ ok: false, kind: 'invalid-url' });
  });

  it('refuses input over the size limit before parsing it', () => {
    const huge = 'x'.repeat(6 * 1024 * 1024);
    const started = performance.now();
    expect(extractArticle(huge, { url: 'https://example.com/' })).toMatchObject({ ok: false, kind: 'too-large' });
    expect(extractArticle(new Uint8Array(2_000), { url: 'https://example.com/', maxBytes: 1_000 })).toMatchObject({
      ok: false,
      kind: 'too-large',
    });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('handles a large page within the limit in bounded time', () => {
    const page = `<html><body><article><h1>Big</h1>${paragraphs(4_000)}</article></body></html>`;
    expect(page.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const result = extractArticle(page, { url: 'https://example.com/', timeLimitMs: 60_000 });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.ok).toBe(true);
  });

  it('gives up on pages with absurdly many elements', () => {
    const page = `<html><body>${'<div><span>x</span></div>'.repeat(40_000)}</body></html>`;
    expect(extractArticle(page, { url: 'https://example.com/' })).toMatchObject({ ok: false, kind: 'too-complex' });
  });

  it('stops between stages once the time limit is spent', () => {
    let clock = 0;
    const now = () => (clock += 1_000);
    expect(extractArticle(fixture('news-article.html'), { url: NEWS_URL, now, timeLimitMs: 1_500 })).toMatchObject({
      ok: false,
      kind: 'timeout',
    });
  });

  it.each(['', '<html></html>', '<html><body><nav><a href="/">Home</a></nav></body></html>', '\u0000\u0001<<<>>>'])(
    'says there is no article in %j',
    (html) => {
      expect(extractArticle(html, { url: 'https://example.com/' })).toMatchObject({
        ok: false,
        kind: 'not-an-article',
      });
    },
  );
});
