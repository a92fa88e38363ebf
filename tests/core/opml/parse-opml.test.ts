import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import type { OpmlDocument } from '../../../electron/core/opml/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url));

function parsed(input: string | Uint8Array): OpmlDocument {
  const result = parseOpml(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('parseOpml', () => {
  it('reads OPML 2.0 with nested folders as top-level sections', () => {
    const doc = parsed(fixture('nested-2.0.opml'));
    expect(doc.title).toBe('My feeds');
    expect(doc.dateCreated).toBe('Mon, 02 Mar 2026 09:00:00 GMT');
    expect(doc.sections).toEqual(['News', 'Tech']);
    expect(doc.feeds).toEqual([
      {
        url: 'https://news.example.com/world/rss.xml',
        title: 'World news',
        siteUrl: 'https://news.example.com/world',
        section: 'News',
      },
      { url: 'https://news.example.com/asia/feed', title: 'Asia desk', siteUrl: null, section: 'News' },
      { url: 'https://tech.example.org/atom.xml', title: 'Gadgets & Gizmos', siteUrl: null, section: 'Tech' },
      { url: 'http://loose.example.net/index.xml', title: 'Loose feed', siteUrl: null, section: null },
    ]);
  });

  it('skips duplicates by normalized address and refuses non-http(s) ones with a reason', () => {
    const doc = parsed(fixture('nested-2.0.opml'));
    expect(doc.skipped).toBe(1);
    expect(doc.invalid).toBe(3);
    const byTitle = Object.fromEntries(doc.rejected.map((entry) => [entry.title, entry]));
    expect(byTitle['World again']).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/earlier/) });
    expect(byTitle['Evil']).toMatchObject({
      status: 'invalid',
      url: 'javascript:alert(1)',
      reason: expect.stringMatching(/javascript/),
    });
    expect(byTitle['Local file']).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/file/) });
    expect(byTitle['No address']).toMatchObject({ status: 'invalid', reason: 'the outline has no feed address' });
  });

  it('reads OPML 1.0 in Latin-1 with lower-case attributes and feed: addresses', () => {
    const doc = parsed(fixture('version-1.0.opml'));
    expect(doc.sections).toEqual(['Café culture']);
    expect(doc.feeds).toEqual([
      {
        url: 'https://cafe.example.fr/rss',
        title: 'Le Café',
        siteUrl: 'https://cafe.example.fr/',
        section: 'Café culture',
      },
      { url: 'http://plain.example.com/rss', title: 'Crème brûlée', siteUrl: null, section: null },
    ]);
  });

  it('recovers from bare ampersands, HTML entities, unclosed tags and trailing garbage', () => {
    const doc = parsed(fixture('broken.opml'));
    expect(doc.warnings.join(' ')).toMatch(/not well-formed/);
    expect(doc.title).toBe("Tom & Jerry's feeds");
    expect(doc.sections).toEqual(['News & Views']);
    expect(doc.feeds.map((feed) => feed.url)).toEqual([
      'https://ab.example.com/rss?a=1&b=2',
      'https://unclosed.example.com/feed',
    ]);
    expect(doc.feeds[0]!.title).toBe('A&B Daily');
  });

  it('never expands DTD entities (billion laughs) and never loads external ones (XXE)', () => {
    for (const name of ['billion-laughs.opml', 'xxe.opml']) {
      const started = performance.now();
      const doc = parsed(fixture(name));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(doc.feeds).toHaveLength(1);
      const everything = JSON.stringify(doc);
      expect(everything.length).toBeLessThan(5000);
      expect(everything).not.toMatch(/lollol|root:/);
    }
  });

  it('reads 10,000 outlines quickly', () => {
    const outlines = Array.from(
      { length: 10_000 },
      (_, i) => `<outline type="rss" text="Feed ${i}" xmlUrl="https://f${i % 9_000}.example.com/rss"/>`,
    );
    const xml = `<opml version="2.0"><head/><body><outline text="Many">${outlines.join('\n')}</outline></body></opml>`;
    const started = performance.now();
    const doc = parsed(xml);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(doc.feeds).toHaveLength(9_000);
    expect(doc.skipped).toBe(1_000);
    expect(doc.sections).toEqual(['Many']);
  });

  it('survives absurd nesting without recursion', () => {
    const depth = 5_000;
    const xml = `<opml><body>${'<outline text="d">'.repeat(depth)}<outline xmlUrl="https://deep.example.com/rss"/>${'</outline>'.repeat(depth)}</body></opml>`;
    const doc = parsed(xml);
    expect(doc.sections).toEqual([]);
    expect(doc.warnings.join(' ')).toMatch(/nested/);
  });

  it.each([
    ['', /empty/],
    ['<rss><channel/></rss>', /not an OPML/],
    ['<opml><head/></opml>', /no <body>/],
    ['<html><body>hi</body></html>', /not an OPML/],
    ['\u0000\u0001garbage', /not an OPML/],
  ])('refuses %j with a reader-facing message', (input, message) => {
    const result = parseOpml(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'ftp://x.example/rss',
    'https://user:pw@x.example/rss',
    '/relative/rss',
    'http://',
  ])('refuses the address %j', (url) => {
    const doc = parsed(`<opml><body><outline xmlUrl="${url}"/></body></opml>`);
    expect(doc.feeds).toEqual([]);
    expect(doc.invalid).toBe(1);
  });
});
