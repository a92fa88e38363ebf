import { describe, expect, it } from 'vitest';
import { GReaderBadResponseError } from '../../../electron/core/greader/errors';
import { parseItems } from '../../../electron/core/greader/parse-items';
import { parseItemIdsPage, parseSubscriptions, parseTags } from '../../../electron/core/greader/parse-lists';

const E = 'reader/api/0/test';

describe('parsing what servers answer', () => {
  it.each(['', 'OK', '<html></html>', '[]', 'null', '"text"', '{"items": '])(
    'refuses %j as not the JSON object expected',
    (body) => {
      expect(() => parseItems(body, E, 'number')).toThrow(GReaderBadResponseError);
    },
  );

  it('reads an item with every field, and one with none but its id', () => {
    const [full, bare] = parseItems(
      JSON.stringify({
        items: [
          {
            id: 'tag:google.com,2005:reader/item/0006620b9f0497b7',
            crawlTimeMsec: '1796651912304',
            timestampUsec: '1796651912304567',
            published: 1704276000,
            updated: '1704276060',
            title: 'Three',
            canonical: [{ href: 'https://example.org/3' }],
            alternate: [{ href: 'https://example.org/3?alt', type: 'text/html' }],
            categories: [
              'user/-/state/com.google/reading-list',
              'user/1005921515/state/com.google/read',
              'user/-/state/com.google/starred',
              'user/-/label/News',
              'user/1005921515/label/Saved',
            ],
            origin: { streamId: 'feed/1', title: 'Probe', htmlUrl: 'https://example.org/' },
            summary: { content: '<p>third</p>' },
            content: { direction: 'ltr', content: '<p>full</p>' },
            author: 'Ann',
            enclosure: [
              { href: 'https://example.org/a.mp3', type: 'audio/mpeg' },
              { url: 'https://example.org/b.mp3' },
              {},
            ],
          },
          { id: '12345' },
        ],
      }),
      E,
      'number',
    );
    expect(full).toEqual({
      id: 'tag:google.com,2005:reader/item/0006620b9f0497b7',
      feedId: 'feed/1',
      feedTitle: 'Probe',
      feedHtmlUrl: 'https://example.org/',
      title: 'Three',
      url: 'https://example.org/3',
      publishedAt: 1704276000_000,
      updatedAt: 1704276060_000,
      crawledAt: 1796651912304,
      timestampUsec: '1796651912304567',
      author: 'Ann',
      summaryHtml: '<p>third</p>',
      contentHtml: '<p>full</p>',
      enclosures: [
        { url: 'https://example.org/a.mp3', type: 'audio/mpeg' },
        { url: 'https://example.org/b.mp3', type: null },
      ],
      categories: expect.any(Array),
      read: true,
      starred: true,
      labels: ['News', 'Saved'],
    });
    expect(bare).toMatchObject({
      id: 'tag:google.com,2005:reader/item/0000000000003039',
      feedId: null,
      title: null,
      url: null,
      publishedAt: null,
      read: false,
      labels: [],
    });
  });

  it('drops items whose id cannot be one, and fields of the wrong type', () => {
    const items = parseItems(
      JSON.stringify({
        items: [
          null,
          7,
          { title: 'no id' },
          { id: 'not an id' },
          { id: '5', title: 5, categories: 'x', origin: [], published: 'soon' },
        ],
      }),
      E,
      'number',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: '5', categories: [], feedId: null, publishedAt: null });
  });

  it('reads item refs, dropping broken ones, and keeps a numeric continuation a string', () => {
    expect(
      parseItemIdsPage(
        JSON.stringify({ itemRefs: [{ id: '1' }, { id: 2 }, {}, null, { id: 'x y' }], continuation: 40 }),
        E,
        'number',
      ),
    ).toEqual({
      ids: ['tag:google.com,2005:reader/item/0000000000000001', 'tag:google.com,2005:reader/item/0000000000000002'],
      continuation: '40',
    });
    expect(parseItemIdsPage('{"itemRefs": []}', E, 'number')).toEqual({ ids: [], continuation: null });
    expect(parseItemIdsPage('{"continuation": ""}', E, 'number')).toEqual({ ids: [], continuation: null });
  });

  it('reads subscriptions, the URL from a feed/<url> id when no url field came', () => {
    const subscriptions = parseSubscriptions(
      JSON.stringify({
        subscriptions: [
          {
            id: 'feed/http://xkcd.com/atom.xml',
            title: 'xkcd',
            categories: [
              { id: 'user/01234567890123456789/label/Comics', label: 'Comics' },
              { id: 'user/-/state/com.google/starred' },
            ],
            sortid: '00DA6134',
          },
          { id: 'feed/42', url: 'https://example.org/feed', categories: null },
          { title: 'no id' },
        ],
      }),
      E,
    );
    expect(subscriptions).toEqual([
      {
        id: 'feed/http://xkcd.com/atom.xml',
        title: 'xkcd',
        url: 'http://xkcd.com/atom.xml',
        htmlUrl: null,
        iconUrl: null,
        labels: [{ id: 'user/01234567890123456789/label/Comics', name: 'Comics' }],
        sortId: '00DA6134',
      },
      {
        id: 'feed/42',
        title: null,
        url: 'https://example.org/feed',
        htmlUrl: null,
        iconUrl: null,
        labels: [],
        sortId: null,
      },
    ]);
  });

  it('reads labels in order with their type and sort key, states left out', () => {
    const tags = parseTags(
      JSON.stringify({
        tags: [
          { id: 'user/-/state/com.google/starred' },
          { id: 'user/-/label/Zeta', type: 'folder', sortid: 'B' },
          { id: 'user/1/label/Alpha', type: 'tag', unread_count: 1 },
          { id: 'user/-/label/Other', type: 'weird' },
        ],
      }),
      E,
    );
    expect(tags).toEqual([
      { id: 'user/-/label/Zeta', name: 'Zeta', type: 'folder', sortId: 'B' },
      { id: 'user/1/label/Alpha', name: 'Alpha', type: 'tag', sortId: null },
      { id: 'user/-/label/Other', name: 'Other', type: null, sortId: null },
    ]);
  });
});
