import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../electron/core/fulltext/json-ld';
import { toIsoTime } from '../../../electron/core/fulltext/page-metadata';
import { decodeHtml } from '../../../electron/core/html/decode-html';

const NOW = Date.UTC(2026, 2, 3);

describe('page metadata helpers', () => {
  it('reads datePublished, author and publisher from nested JSON-LD and ignores broken scripts', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': 'NewsArticle',
          datePublished: '2026-01-02',
          headline: 'H',
          articleBody: 'First.\n\nSecond.',
          author: [{ name: 'A' }, { '@type': 'Organization', name: 'The Desk' }, { name: 'B' }],
          publisher: { name: 'P' },
        },
      ],
    });
    expect(readJsonLd(['{ not json', graph])).toEqual({
      jsonLdPublished: '2026-01-02',
      jsonLdAuthor: 'A, B',
      jsonLdPublisher: 'P',
      jsonLdHeadline: 'H',
      jsonLdArticleBody: 'First.\n\nSecond.',
      jsonLdIsArticle: true,
    });
    expect(readJsonLd([`<!--${JSON.stringify({ datePublished: 'x', author: 'C' })}-->`]).jsonLdAuthor).toBe('C');
  });

  it('takes no organisation for an author, and no headline or body from what is not an article', () => {
    const site = JSON.stringify({
      '@type': 'Article',
      datePublished: '2026-01-02',
      author: { '@type': 'Organization', name: 'Contributors to Wikimedia projects' },
    });
    expect(readJsonLd([site])).toMatchObject({ jsonLdAuthor: null, jsonLdIsArticle: true });
    const page = JSON.stringify({ '@type': 'WebPage', headline: 'Home', articleBody: 'Menu' });
    expect(readJsonLd([page])).toMatchObject({ jsonLdHeadline: null, jsonLdArticleBody: null, jsonLdIsArticle: false });
  });

  it('bounds its walk over hostile JSON-LD', () => {
    const wide = JSON.stringify(Array.from({ length: 100_000 }, () => ({ a: 1 })));
    const started = performance.now();
    expect(readJsonLd([wide]).jsonLdPublished).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['2026-03-02T09:30:00+00:00', '2026-03-02T09:30:00.000Z'],
    ['2026-03-02 09:30:00', '2026-03-02T09:30:00.000Z'],
    ['Mon, 02 Mar 2026 09:30:00 GMT', '2026-03-02T09:30:00.000Z'],
    ['yesterday', null],
    ['2999-01-01', null],
    ['', null],
  ])('reads the date %j as %j', (raw, iso) => {
    expect(toIsoTime(raw, NOW)).toBe(iso);
  });

  it('decodes HTML bytes by header, then <meta>, then UTF-8, then windows-1252', () => {
    const latin = Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(decodeHtml(latin, 'text/html; charset=iso-8859-1')).toBe('<p>é</p>');
    expect(decodeHtml(latin, 'text/html')).toBe('<p>é</p>');
    expect(decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>é</p>'), null)).toBe(
      '<meta charset="utf-8"><p>é</p>',
    );
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'text/html; charset=iso-8859-1')).toBe('A');
  });
});
