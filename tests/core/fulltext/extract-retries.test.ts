import { describe, expect, it } from 'vitest';
import { credibilityAgainst } from '../../../electron/core/fulltext/credibility';
import { extractArticle } from '../../../electron/core/fulltext/extract-article';
import type { ExtractedArticle, ExtractResult } from '../../../electron/core/fulltext/types';

/**
 * Issue 17, rules 1 and 3: an incredible body replaces nothing. The extractor retries other candidates
 * (Readability without the pre-clean, other settings, JSON-LD `articleBody`, the `<main>`/`<article>` landmark),
 * says `not-credible` when none holds up so the caller keeps the feed's text, and never answers "not an
 * article" for a page whose JSON-LD says it is one.
 */
const URL = 'https://news.example/2026/03/story';
const sentence = (i: number) =>
  `Sentence number ${i} of the story, told plainly, tells the reader something new about the harbour. `;
const story = (paragraphs: number, from = 0) =>
  Array.from({ length: paragraphs }, (_, p) => `<p>${sentence(from + p * 2)}${sentence(from + p * 2 + 1)}</p>`).join(
    '',
  );
const menu = (n: number) =>
  `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
const aboutUs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Our newsroom has served the coast since 1911, with reporters in ${i} towns.</p>`,
  ).join('');

function article(result: ExtractResult): ExtractedArticle {
  if (!result.ok) throw new Error(`${result.kind}: ${result.why ?? result.message}`);
  return result.article;
}

describe('retrying other candidates', () => {
  it('keeps an article the pre-clean would take out with the furniture (the login bar is never the article)', () => {
    const page = `<html><head><title>Canteens go local</title><meta name="author" content="https://news.example/auteur/claire-vasseur/">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Canteens go local","author":{"@type":"Person","name":"Claire Vasseur","url":"https://news.example/auteur/claire-vasseur/"}}</script></head>
      <body><div class="login"><a href="/connexion">Se connecter</a> <a href="/inscription">S’inscrire</a> <a href="/journal">Le journal</a></div>
      ${menu(60)}<header><h1>Canteens go local</h1><p>Half of what schools serve now comes from nearby farms.</p></header>
      <section class="article" id="js-paywall-content">${story(6)}</section>
      <div class="about">${aboutUs(12)}</div></body></html>`;
    const result = article(
      extractArticle(page, {
        url: URL,
        judge: credibilityAgainst('Half of what schools serve now comes from nearby farms.'),
      }),
    );
    expect(result.textContent).toContain(sentence(0).trim());
    expect(result.textContent).toContain(sentence(11).trim());
    expect(result.textContent).not.toMatch(/Se connecter|S’inscrire/);
    expect(result.byline).toBe('Claire Vasseur');
  });

  it('retries Readability over the untouched page when the cleaned one gives no credible body', () => {
    // The story holds just under half of the page's paragraphs, so the pre-clean takes it with the two asides.
    const page = `<html><body><div class="sponsored-story article-body">${story(5)}</div><aside>${aboutUs(8)}</aside><aside>${aboutUs(8)}</aside></body></html>`;
    const result = article(extractArticle(page, { url: URL }));
    expect(result.source).toBe('readability-retry');
    expect(result.textContent).toContain(sentence(9).trim());
  });

  it('takes JSON-LD articleBody from a client-rendered page, paragraph by paragraph', () => {
    const body = `${sentence(1)}${sentence(2)}\n\n${sentence(3)}${sentence(4)}\n\n${sentence(5)}`;
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      articleBody: body,
    });
    const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="root"><a href="/login">Sign in</a></div><noscript>Enable JavaScript.</noscript></body></html>`;
    const result = article(extractArticle(page, { url: URL }));
    expect(result.source).toBe('json-ld');
    expect(result.contentHtml.match(/<p>/g)).toHaveLength(3);
    expect(result.textContent).toBe(body.replace(/ \n\n/g, '\n\n').trim());
  });

  it('falls back to the page’s main landmark when Readability sees nothing (a page hidden behind a modal)', () => {
    const page = `<html><body><div role="dialog"><p>Accept cookies?</p></div><main aria-hidden="true"><h1>Story</h1>${story(6)}</main></body></html>`;
    const result = article(extractArticle(page, { url: URL }));
    expect(result.source).toBe('landmark');
    expect(result.textContent).toContain(sentence(11).trim());
    expect(result.textContent).not.toContain('Accept cookies');
  });
});

describe('the caller’s judge decides the retries', () => {
  // A client-rendered story: the page's HTML holds only the site's "about us" blurb (prose, 54 words, no links),
  // the story itself is in JSON-LD. Without the feed's text the blurb passes for an article.
  const blurb =
    '<div class="site-info"><p>The Harbour Courier has reported on the towns of the north coast since 1911, from council meetings and school plays to storms, fishing quotas and the ferry timetable.</p><p>Our reporters live in the places they write about, and every story we publish is checked by an editor who lives there too.</p></div>';
  const story = Array.from({ length: 14 }, (_, i) => sentence(i)).join('');
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Ferry returns',
    articleBody: story,
  };
  const page = `<html><head><title>Ferry returns</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root"></div>${blurb}</body></html>`;
  // The feed's own teaser: 10 sentences (160 words), so 40 % of it is more than the blurb holds.
  const feedText = Array.from({ length: 10 }, (_, i) => sentence(i)).join('');

  it('takes the first candidate the default rule accepts when the caller gives no judge', () => {
    const result = article(extractArticle(page, { url: URL }));
    expect(result.source).toBe('readability');
    expect(result.textContent).toContain('since 1911');
  });

  it('moves on to JSON-LD articleBody because the caller’s judge, knowing the feed’s text, refused the blurb', () => {
    const asked: string[] = [];
    const judge = credibilityAgainst(feedText);
    const result = article(
      extractArticle(page, {
        url: URL,
        judge: (body) => {
          const verdict = judge(body);
          asked.push(`${body.text.includes('since 1911') ? 'blurb' : 'story'}: ${verdict.reason ?? 'credible'}`);
          return verdict;
        },
      }),
    );
    expect(result.source).toBe('json-ld');
    expect(result.textContent).toContain(sentence(13).trim());
    expect(result.textContent).not.toContain('since 1911');
    expect(asked[0]).toBe('blurb: less-than-feed');
    expect(asked.at(-1)).toBe('story: credible');
  });
});

describe('no credible result', () => {
  const shell = (ld: object | null, body: string) =>
    `<html><head><title>Phone makers agree</title>${ld ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}</head><body>${body}</body></html>`;
  const consentWall =
    '<div class="consent"><h2>We value your privacy</h2><p>We and our partners store information on your device to show you adverts.</p></div><div id="root"><a href="/login">Sign in</a></div>';

  it('says not-credible, so the caller keeps the feed text, when the page holds far less than the feed', () => {
    const feedText = Array.from({ length: 6 }, (_, i) => sentence(i)).join('');
    const result = extractArticle(shell(null, consentWall), { url: URL, judge: credibilityAgainst(feedText) });
    expect(result).toMatchObject({
      ok: false,
      kind: 'not-credible',
      message: 'The full text couldn’t be extracted from this page.',
    });
    expect(!result.ok && result.why).toMatch(/words where the feed or page summary has \d+/);
  });

  it('never answers "not an article" for a page whose JSON-LD says NewsArticle', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Phone makers agree' };
    expect(extractArticle(shell(ld, '<div id="root"></div>'), { url: URL })).toMatchObject({ kind: 'not-credible' });
    expect(extractArticle(shell(null, '<div id="root"></div>'), { url: URL })).toMatchObject({
      kind: 'not-an-article',
    });
  });

  it('accepts a two-sentence brief whose feed text is the whole story, and only then', () => {
    const brief =
      '<p>Harbour Road is closed after a lorry shed its load.</p><p>Police expect it to reopen by midday.</p>';
    const page = `<html><body>${menu(5)}<article><h1>Road closed</h1>${brief}</article></body></html>`;
    const feedText = 'Harbour Road is closed after a lorry shed its load. Police expect it to reopen by midday.';
    expect(article(extractArticle(page, { url: URL, judge: credibilityAgainst(feedText) })).textContent).toContain(
      'reopen by midday.',
    );
    expect(
      extractArticle(page, { url: URL, judge: credibilityAgainst(`${feedText} Drivers should use the coast road.`) }),
    ).toMatchObject({
      kind: 'not-credible',
    });
  });
});

describe('title and byline from the page', () => {
  it('strips the site name from og:title and takes a person from JSON-LD over a "By … date" line', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [{ '@type': 'Person', name: 'Janelle Ortiz' }],
      publisher: { '@type': 'Organization', name: 'The Lakeshore Tribune' },
    };
    const page = `<html><head><meta property="og:title" content="Audit finds overcharging - The Lakeshore Tribune">
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article><h1>Audit finds overcharging</h1><div class="byline">By Janelle Ortiz 02 Mar 2026</div>${story(6)}</article></body></html>`;
    expect(article(extractArticle(page, { url: URL }))).toMatchObject({
      title: 'Audit finds overcharging',
      byline: 'Janelle Ortiz',
      siteName: 'The Lakeshore Tribune',
    });
  });
});

describe('size limits never refuse a real article', () => {
  const icons = Array.from(
    { length: 6_000 },
    () => '<svg viewBox="0 0 24 24"><g><path d="M0 0h24"/><path d="M1 1"/><circle r="2"/><path d="M2 2"/></g></svg>',
  ).join('');

  it('does not count inline SVG icons toward the element limit', () => {
    const page = `<html><body><nav>${icons}</nav><article><h1>Long story</h1>${story(8)}</article></body></html>`;
    expect(page.match(/<[a-z]/g)!.length).toBeGreaterThan(30_000);
    expect(article(extractArticle(page, { url: URL })).textContent).toContain(sentence(15).trim());
  });

  it('takes JSON-LD articleBody from a page too complex to parse, and refuses one without it', () => {
    const divs = '<div><span>x</span></div>'.repeat(20_000);
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Long story',
      articleBody: story(8).replace(/<\/?p>/g, '\n\n'),
    };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${divs}</body></html>`;
    expect(article(extractArticle(page, { url: URL }))).toMatchObject({ source: 'json-ld', title: 'Long story' });
    expect(extractArticle(`<html><body>${divs}</body></html>`, { url: URL })).toMatchObject({ kind: 'too-complex' });
  });
});
