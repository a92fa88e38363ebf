import { describe, expect, it } from 'vitest';
import { parseOk, rss } from './support';

describe('recovery from broken XML', () => {
  it.each([
    [
      'a bare ampersand',
      rss('<item><title>Q&A</title><link>http://e.com/?a=1&b=2</link></item>'),
      'Q&A',
      'http://e.com/?a=1&b=2',
    ],
    [
      'undefined HTML entities',
      rss('<item><title>caf&eacute;&nbsp;&mdash; ok</title></item>'),
      'café\u00a0— ok',
      undefined,
    ],
    ['trailing garbage', `${rss('<item><title>x</title></item>')}<junk>&&&`, 'x', undefined],
    ['a mismatched close tag', rss('<item><title>x</title><description>y</b></description></item>'), 'x', undefined],
    ['an unclosed document', '<rss><channel><item><title>x</title>', 'x', undefined],
    ['an undeclared prefix', rss('<item><title>x</title><dc:creator>Ann</dc:creator></item>'), 'x', undefined],
  ])('reads past %s and flags it', (_label, doc, title, link) => {
    const feed = parseOk(doc);
    expect(feed.bozo).toBe(true);
    expect(feed.warnings.join()).toMatch(/not well-formed/);
    expect(feed.entries[0]?.title?.value).toBe(title);
    if (link) expect(feed.entries[0]?.link).toBe(link);
  });

  it('keeps CDATA literally and is not bozo for well-formed feeds', () => {
    const feed = parseOk(rss('<item><description><![CDATA[<p>a &amp; b]]></description></item>'));
    expect(feed.bozo).toBe(false);
    expect(feed.entries[0]?.summary?.value).toBe('<p>a &amp; b');
  });

  it('maps Windows-1252 punctuation that arrived as C1 controls', () => {
    const feed = parseOk(rss('<item><title>don&#x92;t</title></item>'));
    expect(feed.entries[0]?.title?.value).toBe('don\u2019t');
  });

  it('finds undeclared Dublin Core by its conventional prefix', () => {
    const feed = parseOk(rss('<item><dc:creator>Ann</dc:creator></item>'));
    expect(feed.entries[0]?.authors[0]?.name).toBe('Ann');
  });
});
