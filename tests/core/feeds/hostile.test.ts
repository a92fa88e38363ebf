import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse-feed';
import { bytes, parseOk, rss } from './support';

const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>x &lol;</title></item></channel></rss>`;

describe('hostile documents', () => {
  it('never expands DTD entities (billion laughs)', () => {
    const started = performance.now();
    const feed = parseOk(laughs);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feed.feed.title?.value).toBe('&lol9;');
    expect(feed.entries[0]?.title?.value).toBe('x &lol;');
    expect(feed.bozo).toBe(true);
  });

  it.each([
    ['SYSTEM file', '<!ENTITY xxe SYSTEM "file:///etc/passwd">'],
    ['SYSTEM http', '<!ENTITY xxe SYSTEM "http://127.0.0.1:1/evil">'],
    ['parameter entity', '<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;'],
  ])('never loads external entities (%s)', (_label, decl) => {
    const feed = parseOk(
      `<?xml version="1.0"?><!DOCTYPE rss [ ${decl} ]><rss><channel><title>a&xxe;b</title></channel></rss>`,
    );
    expect(feed.feed.title?.value).toBe('a&xxe;b');
    expect(JSON.stringify(feed)).not.toContain('root:');
  });

  it('bounds 100,000-deep nesting', () => {
    const depth = 100_000;
    const doc = `<rss><channel><title>deep</title><item><title>x</title>${'<a>'.repeat(depth)}y${'</a>'.repeat(depth)}</item></channel></rss>`;
    const started = performance.now();
    const feed = parseOk(doc);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(feed.feed.title?.value).toBe('deep');
    expect(feed.warnings.join()).toMatch(/nested deeper/);
  });

  it('bounds a 100,000-item feed', () => {
    const doc = rss('<item><title>x</title><link>http://e.com/</link></item>'.repeat(100_000));
    const started = performance.now();
    const feed = parseOk(doc);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(feed.entries.length).toBe(10_000);
    expect(feed.warnings.join()).toMatch(/too many entries/);
  });

  it.each([
    ['a doctype', '<!DOCTYPE html><html><head><title>Site</title></head><body>hi</body></html>', 'html'],
    [
      'no doctype',
      '<html><head><link rel="alternate" href="/feed"></head><body><p>hi &nbsp;</p></body></html>',
      'html',
    ],
    ['a comment first', '<!-- hi --><!doctype HTML><html></html>', 'html'],
    ['nothing at all', '', 'empty'],
    ['only whitespace', '  \n ', 'empty'],
    ['plain text', 'just some text', 'not-a-feed'],
    ['another XML vocabulary', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'not-a-feed'],
  ])('tells the reader when the document is not a feed (%s)', (_label, doc, kind) => {
    const result = parseFeed(bytes(doc), { contentType: 'text/html' });
    expect(result).toMatchObject({ ok: false, kind });
    if (!result.ok) expect(result.message).toMatch(/not a feed|empty|not an RSS/);
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      const data = new Uint8Array(200).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
      const prefix = bytes(
        round % 2 ? '<rss><channel><item><title>' : '<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
      );
      expect(() => parseFeed(new Uint8Array([...prefix, ...data]))).not.toThrow();
    }
  });

  it.each(['javascript:alert(1)', 'java&#9;script:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x'])(
    'drops script URLs from links (%s)',
    (href) => {
      const feed = parseOk(rss(`<item><link>${href}</link><title>x</title></item>`));
      expect(feed.entries[0]?.link).toBeUndefined();
    },
  );
});
