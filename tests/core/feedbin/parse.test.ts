import { describe, expect, it } from 'vitest';
import { FeedbinBadResponseError } from '../../../electron/core/feedbin/errors';
import { parseEntries, parseIdList, parseSubscriptions, parseTaggings } from '../../../electron/core/feedbin/parse';

describe('reading Feedbin’s JSON without trusting it', () => {
  it('skips a record without its ids and turns odd fields into null', () => {
    const body = JSON.stringify([
      { id: 3, feed_id: 47, title: 7, feed_url: '', site_url: null, created_at: 'yesterday' },
      { id: 'x', feed_id: 48 },
      { feed_id: 49 },
      'not a record',
      { id: '12', feed_id: 50, title: 'Numeric string ids' },
    ]);
    expect(parseSubscriptions(body, 'subscriptions.json')).toEqual([
      { id: '3', feedId: '47', title: null, feedUrl: null, siteUrl: null, createdAtMs: null },
      { id: '12', feedId: '50', title: 'Numeric string ids', feedUrl: null, siteUrl: null, createdAtMs: null },
    ]);
  });

  it('keeps entries whose title, author and content are null (entries.md: they can be)', () => {
    const body = JSON.stringify([
      {
        id: 1570169709,
        feed_id: 1356310,
        title: null,
        author: null,
        summary: '',
        content: null,
        url: 'http://s3.amazonaws.com',
        published: '2017-10-28T14:54:19.885152Z',
        created_at: '2017-10-28T14:54:19.885105Z',
      },
    ]);
    expect(parseEntries(body, 'entries.json')).toEqual([
      {
        id: '1570169709',
        feedId: '1356310',
        title: null,
        url: 'http://s3.amazonaws.com',
        author: null,
        content: null,
        summary: null,
        publishedMs: Date.UTC(2017, 9, 28, 14, 54, 19, 885),
        createdAt: '2017-10-28T14:54:19.885105Z',
        createdAtMs: Date.UTC(2017, 9, 28, 14, 54, 19, 885),
      },
    ]);
  });

  it('drops a tagging without a name and ids that are not whole numbers', () => {
    expect(
      parseTaggings('[{"id":4,"feed_id":1,"name":""},{"id":5,"feed_id":2,"name":"News"}]', 'taggings.json'),
    ).toEqual([{ id: '5', feedId: '2', name: 'News' }]);
    expect(parseIdList('[4087, "4088", 1.5, -2, null, 4089]', 'unread_entries.json')).toEqual(['4087', '4088', '4089']);
  });

  it('fails the call only when the answer is not the JSON list it should be', () => {
    expect(() => parseIdList('{"ids":[]}', 'unread_entries.json')).toThrow(FeedbinBadResponseError);
    expect(() => parseEntries('nope', 'entries.json')).toThrow(
      "Feedbin's answer to entries.json could not be read: it is not JSON. Is this the Feedbin API address?",
    );
  });
});
