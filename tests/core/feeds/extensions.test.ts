import { describe, expect, it } from 'vitest';
import { parseOk, rss } from './support';

const NS = [
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:media="http://search.yahoo.com/mrss/"',
  'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
  'xmlns:atom="http://www.w3.org/2005/Atom"',
].join(' ');

describe('extensions', () => {
  it('content:encoded is the content, description the summary', () => {
    const [entry] = parseOk(
      rss(
        '<item><description>Short</description><content:encoded><![CDATA[<p>Long & <b>full</b></p>]]></content:encoded></item>',
        '',
        NS,
      ),
    ).entries;
    expect(entry?.summary?.value).toBe('Short');
    expect(entry?.content[0]).toMatchObject({ value: '<p>Long & <b>full</b></p>', type: 'text/html' });
  });

  it.each([
    ['<dc:creator>Ann</dc:creator>', (e: ReturnType<typeof first>) => e.authors[0]?.name, 'Ann'],
    [
      '<dc:date>2003-12-31T10:14:55Z</dc:date>',
      (e: ReturnType<typeof first>) => e.updated?.time,
      Date.UTC(2003, 11, 31, 10, 14, 55),
    ],
    [
      '<dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued>',
      (e: ReturnType<typeof first>) => e.published?.time,
      Date.UTC(2003, 11, 31, 10, 14, 55),
    ],
    [
      '<dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified>',
      (e: ReturnType<typeof first>) => e.updated?.time,
      Date.UTC(2003, 11, 31, 10, 14, 55),
    ],
    ['<dc:subject>Tech</dc:subject>', (e: ReturnType<typeof first>) => e.categories[0]?.term, 'Tech'],
    ['<dc:language>fr</dc:language>', (e: ReturnType<typeof first>) => e.language, 'fr'],
    ['<dc:rights>CC</dc:rights>', (e: ReturnType<typeof first>) => e.rights?.value, 'CC'],
    ['<dc:title>Titled</dc:title>', (e: ReturnType<typeof first>) => e.title?.value, 'Titled'],
    ['<media:title>M</media:title>', (e: ReturnType<typeof first>) => e.title?.value, 'M'],
    [
      '<media:thumbnail url="http://e.com/t.jpg" width="120" height="90"/>',
      (e: ReturnType<typeof first>) => e.media.thumbnails[0],
      { url: 'http://e.com/t.jpg', width: 120, height: 90 },
    ],
    [
      '<media:group><media:content url="http://e.com/v.mp4" type="video/mp4"/></media:group>',
      (e: ReturnType<typeof first>) => e.media.contents[0]?.url,
      'http://e.com/v.mp4',
    ],
    [
      '<media:category scheme="http://s/">cat</media:category>',
      (e: ReturnType<typeof first>) => e.categories[0],
      { term: 'cat', scheme: 'http://s/' },
    ],
    ['<itunes:explicit>yes</itunes:explicit>', (e: ReturnType<typeof first>) => e.itunes.explicit, true],
    ['<itunes:explicit>clean</itunes:explicit>', (e: ReturnType<typeof first>) => e.itunes.explicit, false],
    ['<itunes:block>yes</itunes:block>', (e: ReturnType<typeof first>) => e.itunes.block, true],
    ['<itunes:duration>1:02:03</itunes:duration>', (e: ReturnType<typeof first>) => e.itunes.duration, '1:02:03'],
    [
      '<itunes:image href="http://e.com/c.jpg"/>',
      (e: ReturnType<typeof first>) => e.itunes.image,
      'http://e.com/c.jpg',
    ],
    ['<itunes:summary>Sum</itunes:summary>', (e: ReturnType<typeof first>) => e.summary?.value, 'Sum'],
    ['<atom:link rel="alternate" href="http://e.com/a"/>', (e: ReturnType<typeof first>) => e.link, 'http://e.com/a'],
  ])('%s', (xml, pick, expected) => {
    expect(pick(first(xml))).toEqual(expected);
  });

  it('reads iTunes channel categories, keywords and owner', () => {
    const feed = parseOk(
      rss(
        '',
        '<itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category><itunes:keywords>a, b</itunes:keywords><itunes:owner><itunes:name>Ann</itunes:name></itunes:owner>',
        NS,
      ),
    ).feed;
    expect(feed.categories.map((c) => c.term)).toEqual(['Technology', 'Gadgets', 'a', 'b']);
    expect(feed.publisher?.name).toBe('Ann');
  });
});

function first(xml: string) {
  return parseOk(rss(`<item>${xml}</item>`, '', NS)).entries[0]!;
}
