import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../../electron/core/feeds/normalize';
import { atom, parseOk, rss } from './support';

const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const NOW = Date.UTC(2024, 5, 1, 12);

function articles(doc: string, feedUrl = 'https://example.com/feed.xml') {
  return normalizeFeed(parseOk(doc, { url: feedUrl }), { feedUrl, firstSeenAt: NOW }).articles;
}

describe('normalizeFeed', () => {
  it('makes titles and summaries plain text and keeps content HTML raw', () => {
    const [article] = articles(
      rss(
        `<item><title>&lt;b&gt;Big&lt;/b&gt;   &amp;amp;
        news</title><description>&lt;p&gt;One &lt;script&gt;x()&lt;/script&gt;&amp;nbsp;two&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p onclick="x()">Full <script>evil()</script></p>]]></content:encoded></item>`,
        '',
        MEDIA,
      ),
    );
    expect(article?.title).toBe('Big & news');
    expect(article?.summary).toBe('One two');
    expect(article?.contentHtml).toBe('<p onclick="x()">Full <script>evil()</script></p>');
  });

  it('escapes plain-text content so it is not read as markup', () => {
    const [article] = articles(atom('<entry><content type="text">a &lt;b&gt; c</content></entry>'));
    expect(article?.contentHtml).toBe('<p>a &lt;b&gt; c</p>');
  });

  it('makes URLs absolute', () => {
    const [article] = articles(
      rss('<item><link>/posts/1</link><description>&lt;a href="../x"&gt;x&lt;/a&gt;</description></item>'),
    );
    expect(article?.url).toBe('https://example.com/posts/1');
    expect(article?.contentHtml).toBe('<a href="https://example.com/x">x</a>');
  });

  it.each([
    [
      'a media thumbnail',
      '<media:thumbnail url="/t.jpg"/><enclosure url="/e.jpg" type="image/jpeg"/>',
      'https://example.com/t.jpg',
    ],
    ['image media content', '<media:content url="/m.jpg" medium="image"/>', 'https://example.com/m.jpg'],
    ['an image enclosure', '<enclosure url="/e.jpg" type="image/jpeg" length="1"/>', 'https://example.com/e.jpg'],
    [
      'the first content image',
      '<content:encoded><![CDATA[<img src="/pixel.gif" width="1" height="1"><img src="/c.png">]]></content:encoded>',
      'https://example.com/c.png',
    ],
  ])('takes the lead image from %s', (_label, xml, expected) => {
    const [article] = articles(rss(`<item><title>x</title>${xml}</item>`, '', MEDIA));
    expect(article?.leadImageUrl).toBe(expected);
  });

  it('has no lead image when there is none', () => {
    expect(
      articles(rss('<item><title>x</title><enclosure url="/a.mp3" type="audio/mpeg"/></item>'))[0]?.leadImageUrl,
    ).toBeUndefined();
  });

  it.each([
    [
      'published',
      '<pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><dc:date>2024-02-01T00:00:00Z</dc:date>',
      Date.UTC(2024, 0, 1),
    ],
    ['updated when there is no published', '<dc:date>2024-02-01T00:00:00Z</dc:date>', Date.UTC(2024, 1, 1)],
    ['first seen when there is no date', '', NOW],
    ['first seen when the date is unreadable', '<pubDate>someday</pubDate>', NOW],
    ['first seen when the date is in the future', '<pubDate>Mon, 01 Jan 2124 00:00:00 GMT</pubDate>', NOW],
  ])('publishedAt is %s', (_label, xml, expected) => {
    const [article] = articles(
      rss(`<item><title>x</title>${xml}</item>`, '', 'xmlns:dc="http://purl.org/dc/elements/1.1/"'),
    );
    expect(article?.publishedAt).toBe(expected);
  });

  it('collects categories, language, author, guid and enclosures', () => {
    const [article] = articles(
      rss(
        '<item><guid isPermaLink="false">g1</guid><category>World</category><category>World</category><category>Asia</category>' +
          '<author>a@example.com (Ann)</author><enclosure url="/a.mp3" type="audio/mpeg" length="42"/></item>',
        '<language>en-GB</language>',
      ),
    );
    expect(article).toMatchObject({
      guid: 'g1',
      categories: ['World', 'Asia'],
      language: 'en-GB',
      author: 'a@example.com (Ann)',
    });
    expect(article?.url).toBeUndefined();
    expect(article?.enclosures).toEqual([{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 42 }]);
  });

  it('describes the feed itself', () => {
    const feed = normalizeFeed(
      parseOk(
        atom(
          '',
          '<link href="https://example.com/"/><subtitle>About &amp; more</subtitle><icon>/i.png</icon>',
          'xml:lang="de"',
        ),
      ),
      {
        feedUrl: 'https://example.com/feed',
        firstSeenAt: NOW,
      },
    );
    expect(feed).toMatchObject({
      title: 'T',
      siteUrl: 'https://example.com/',
      description: 'About & more',
      iconUrl: 'https://example.com/i.png',
      language: 'de',
    });
  });
});
