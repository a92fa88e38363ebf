import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { billionLaughsXml, externalEntityXml } from '../../support/hostile/content-routes';
import { feedBytes, invalidUtf8FeedBytes, latin1FeedBytes } from '../../support/hostile/payloads';
import { items, rss } from '../sync/support/feed-server';

/**
 * Documents the parser fuzz mutates: the feedparser conformance corpus when
 * the shared folder is there, plus local seeds in every format (and the
 * hostile server's payloads) so the suite still means something without it.
 */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'feedparser', 'tests');

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/" xml:lang="en">
  <title type="html">A &amp;lt;b&amp;gt;feed&amp;lt;/b&amp;gt;</title><id>urn:x</id><updated>2025-01-01T00:00:00Z</updated>
  <link rel="alternate" href="/"/><author><name>A</name><email>a@example.com</email></author>
  <entry><id>urn:1</id><title>One</title><link href="/1"/><updated>2025-01-01T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <img src="a.png"/></p></div></content></entry>
  <entry><id>urn:2</id><title type="text">Two</title><summary>S</summary><published>2025-01-02T00:00:00+02:00</published></entry>
</feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.com/"><title>RDF</title><link>https://example.com/</link></channel>
<item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link><dc:date>2025-01-01</dc:date></item></rdf:RDF>`;

const json = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON',
  home_page_url: 'https://example.com/',
  items: [
    {
      id: '1',
      url: 'https://example.com/1',
      content_html: '<p>Hi</p>',
      date_published: '2025-01-01T00:00:00Z',
      tags: ['a'],
    },
  ],
});

const media = rss('Media', items(3, 'm'))
  .replace(
    '<rss version="2.0">',
    '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
  )
  .replace(
    '</item>',
    '<media:content url="https://example.com/a.jpg" medium="image"/><content:encoded><![CDATA[<p>x<script>alert(1)</script></p>]]></content:encoded></item>',
  );

export function localSeeds(): Uint8Array[] {
  return [
    feedBytes,
    latin1FeedBytes,
    invalidUtf8FeedBytes,
    Buffer.from(billionLaughsXml),
    Buffer.from(externalEntityXml('/etc/passwd')),
    Buffer.from(atom),
    Buffer.from(rdf),
    Buffer.from(json),
    Buffer.from(media),
  ];
}

/** The corpus files, or null (with the reason) when ../shared is not there. */
export function corpusSeeds(): Uint8Array[] | null {
  if (!existsSync(CORPUS_DIR)) return null;
  return (readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && /\.(xml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => readFileSync(file));
}
