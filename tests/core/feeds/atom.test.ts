import { describe, expect, it } from 'vitest';
import { atom, parseOk } from './support';

describe('Atom 1.0', () => {
  it('reads text constructs by type', () => {
    const feed = parseOk(
      atom(
        `<entry>
        <title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp;</title>
        <summary type="text">a &lt; b</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <a href="x">there</a></p></div></content>
      </entry>`,
        '',
        'xml:base="http://example.com/dir/"',
      ),
    );
    const entry = feed.entries[0]!;
    expect(feed.version).toBe('atom10');
    expect(entry.title).toMatchObject({ value: '<b>Bold</b> &amp;', type: 'text/html' });
    expect(entry.summary).toMatchObject({ value: 'a < b', type: 'text/plain' });
    expect(entry.content[0]).toMatchObject({
      value: '<p>Hi <a href="http://example.com/dir/x">there</a></p>',
      type: 'application/xhtml+xml',
    });
  });

  it('reads links, people, categories, dates and ids', () => {
    const [entry] = parseOk(
      atom(`<entry><id>tag:example.com,2004:1</id>
        <link href="http://example.com/1"/><link rel="enclosure" href="http://example.com/a.mp3" type="audio/mpeg" length="9"/>
        <link rel="self" href="http://example.com/1.atom"/>
        <author><name>Ann</name><email>ann@example.com</email><uri>http://ann.example.com/</uri></author>
        <category term="news" scheme="http://s/" label="News"/>
        <published>2003-12-31T10:14:55Z</published><updated>2004-01-01T00:00:00+01:00</updated></entry>`),
    ).entries;
    expect(entry?.id).toBe('tag:example.com,2004:1');
    expect(entry?.link).toBe('http://example.com/1');
    expect(entry?.enclosures).toEqual([{ url: 'http://example.com/a.mp3', type: 'audio/mpeg', length: '9' }]);
    expect(entry?.authors[0]).toEqual({ name: 'Ann', email: 'ann@example.com', uri: 'http://ann.example.com/' });
    expect(entry?.categories[0]).toEqual({ term: 'news', scheme: 'http://s/', label: 'News' });
    expect(entry?.published?.time).toBe(Date.UTC(2003, 11, 31, 10, 14, 55));
    expect(entry?.updated?.time).toBe(Date.UTC(2003, 11, 31, 23));
  });

  it('resolves nested xml:base against the document URL', () => {
    const feed = parseOk(
      atom(
        '<entry xml:base="posts/"><link href="1.html"/><content type="html" xml:base="/img/">&lt;img src="a.png"&gt;</content></entry>',
      ),
      { url: 'https://example.com/blog/feed.atom' },
    );
    expect(feed.entries[0]?.link).toBe('https://example.com/blog/posts/1.html');
    expect(feed.entries[0]?.content[0]?.value).toBe('<img src="https://example.com/img/a.png">');
  });

  it('ignores a javascript: xml:base', () => {
    const feed = parseOk(atom('<entry xml:base="javascript:alert(1)//"><link href="a"/></entry>'), {
      url: 'http://example.com/f',
    });
    expect(feed.entries[0]?.link).toBe('http://example.com/a');
  });

  it('keeps xml:lang on text constructs', () => {
    const feed = parseOk(atom('<entry xml:lang="fr_CA"><title>Bonjour</title></entry>'));
    expect(feed.entries[0]?.title?.language).toBe('fr-CA');
  });
});

describe('Atom 0.3', () => {
  it('reads modes and the old element names', () => {
    const feed = parseOk(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title><tagline>Sub</tagline>
      <entry><title mode="base64" type="text/html">PGI+QjwvYj4=</title><issued>2003-12-31T10:14:55Z</issued>
      <modified>2004-01-01T00:00:00Z</modified><content type="text/html" mode="escaped">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`);
    expect(feed.version).toBe('atom03');
    expect(feed.feed.subtitle?.value).toBe('Sub');
    const entry = feed.entries[0]!;
    expect(entry.title?.value).toBe('<b>B</b>');
    expect(entry.published?.time).toBe(Date.UTC(2003, 11, 31, 10, 14, 55));
    expect(entry.updated?.time).toBe(Date.UTC(2004, 0, 1));
    expect(entry.content[0]?.value).toBe('<p>x</p>');
  });
});
