import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse-feed';
import { bytes, parseOk } from './support';

describe('JSON Feed', () => {
  it.each([
    ['https://jsonfeed.org/version/1', 'json1'],
    ['https://jsonfeed.org/version/1.1', 'json11'],
  ])('reads version %s', (version, expected) => {
    const feed = parseOk(
      JSON.stringify({
        version,
        title: 'J',
        home_page_url: 'https://example.com/',
        feed_url: 'https://example.com/feed.json',
        items: [
          {
            id: 1,
            url: '/posts/1',
            title: 'One',
            content_html: '<p><img src="/a.png"></p>',
            summary: 'S',
            date_published: '2020-01-02T03:04:05Z',
            tags: ['a', 'b'],
            authors: [{ name: 'Ann' }],
            attachments: [{ url: 'https://example.com/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 10 }],
          },
        ],
      }),
      { contentType: 'application/feed+json' },
    );
    expect(feed.version).toBe(expected);
    expect(feed.feed.link).toBe('https://example.com/');
    const entry = feed.entries[0]!;
    expect(entry.id).toBe('1');
    expect(entry.link).toBe('https://example.com/posts/1');
    expect(entry.content[0]?.value).toBe('<p><img src="https://example.com/a.png"></p>');
    expect(entry.published?.time).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
    expect(entry.categories.map((c) => c.term)).toEqual(['a', 'b']);
    expect(entry.enclosures).toEqual([{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: '10' }]);
  });

  it('rejects JSON that is not a feed and JSON that is broken', () => {
    expect(parseFeed(bytes('{"hello": 1}'))).toMatchObject({ ok: false, kind: 'not-a-feed' });
    expect(
      parseFeed(bytes('{"version": "https://jsonfeed.org/version/1", '), { contentType: 'application/json' }),
    ).toMatchObject({ ok: false, kind: 'invalid-json' });
  });
});
