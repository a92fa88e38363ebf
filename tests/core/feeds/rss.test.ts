import { describe, expect, it } from 'vitest';
import { parseOk, rss } from './support';

describe('RSS 0.9x and 2.0', () => {
  it.each([
    ['0.91', 'rss091u'],
    ['0.92', 'rss092'],
    ['0.93', 'rss093'],
    ['0.94', 'rss094'],
    ['2.0', 'rss20'],
    ['2.0.1', 'rss20'],
  ])('version %s is %s', (version, expected) => {
    expect(parseOk(`<rss version="${version}"><channel><title>x</title></channel></rss>`).version).toBe(expected);
  });

  it('reads the channel and its items', () => {
    const feed = parseOk(
      rss(
        `<item><title>One &amp; two</title><link>http://example.com/1</link><description>&lt;p&gt;Hi&lt;/p&gt;</description>
           <guid isPermaLink="false">id-1</guid><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>
           <author>me@example.com (Me)</author><category domain="http://s/">News</category><comments>http://example.com/1#c</comments></item>
         <item><guid>http://example.com/2</guid></item>`,
        '<link>http://example.com/</link><description>About</description><language>en-gb</language><ttl>60</ttl>',
      ),
    );
    expect(feed.feed.link).toBe('http://example.com/');
    expect(feed.feed.subtitle).toMatchObject({ value: 'About', type: 'text/html' });
    expect(feed.feed.language).toBe('en-gb');
    const [one, two] = feed.entries;
    expect(one?.title).toMatchObject({ value: 'One & two', type: 'text/plain' });
    expect(one?.summary).toMatchObject({ value: '<p>Hi</p>', type: 'text/html' });
    expect(one?.id).toBe('id-1');
    expect(one?.guidIsLink).toBe(false);
    expect(one?.published?.time).toBe(Date.UTC(2004, 0, 1, 19, 48, 21));
    expect(one?.authors[0]).toMatchObject({ name: 'Me', email: 'me@example.com' });
    expect(one?.categories).toEqual([{ term: 'News', scheme: 'http://s/' }]);
    expect(one?.comments).toBe('http://example.com/1#c');
    expect(two?.link).toBe('http://example.com/2');
    expect(two?.guidIsLink).toBe(true);
  });

  it('reads enclosures', () => {
    const [entry] = parseOk(
      rss('<item><enclosure url="http://e.com/a.mp3" length="123" type="audio/mpeg"/></item>'),
    ).entries;
    expect(entry?.enclosures).toEqual([{ url: 'http://e.com/a.mp3', type: 'audio/mpeg', length: '123' }]);
  });

  it('accepts items beside the channel (RSS 0.9x style) and case-insensitive names', () => {
    const feed = parseOk(
      '<rss version="0.91"><channel><TITLE>x</TITLE></channel><item><title>a</title><PUBDATE>2004-01-01</PUBDATE></item></rss>',
    );
    expect(feed.feed.title?.value).toBe('x');
    expect(feed.entries[0]?.published?.time).toBe(Date.UTC(2004, 0, 1));
  });

  it('guesses HTML in titles only when it really looks like HTML', () => {
    const feed = parseOk(
      rss('<item><title>&lt;b&gt;Bold&lt;/b&gt;</title></item><item><title>a &lt; b</title></item>'),
    );
    expect(feed.entries[0]?.title?.type).toBe('text/html');
    expect(feed.entries[1]?.title).toMatchObject({ value: 'a < b', type: 'text/plain' });
  });
});

describe('RSS 1.0 (RDF)', () => {
  const rdf = (ns: string) => `<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="${ns}" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://example.com/"><title>Feed</title><link>http://example.com/</link></channel>
      <item rdf:about="http://example.com/1"><title>One</title><link>http://example.com/1</link>
        <dc:date>2003-12-31T10:14:55Z</dc:date><dc:creator>Ann</dc:creator><dc:subject>Tech</dc:subject></item>
    </rdf:RDF>`;

  it('reads RSS 1.0 with Dublin Core', () => {
    const feed = parseOk(rdf('http://purl.org/rss/1.0/'));
    expect(feed.version).toBe('rss10');
    expect(feed.feed.title?.value).toBe('Feed');
    const entry = feed.entries[0];
    expect(entry).toMatchObject({ id: 'http://example.com/1', link: 'http://example.com/1' });
    expect(entry?.updated?.time).toBe(Date.UTC(2003, 11, 31, 10, 14, 55));
    expect(entry?.authors[0]?.name).toBe('Ann');
    expect(entry?.categories[0]?.term).toBe('Tech');
  });

  it('recognizes RSS 0.90', () => {
    expect(parseOk(rdf('http://my.netscape.com/rdf/simple/0.9/')).version).toBe('rss090');
  });
});
