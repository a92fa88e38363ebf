import { describe, expect, it } from 'vitest';
import { DAY_MS, isRemovable, type ArticleFacts } from '../../../../electron/core/library/retention/retention-policy';

const NOW = Date.parse('2025-06-15T00:00:00Z');
const policy = { maxAgeDays: 90, keepUnread: true, keepLatestPerFeed: 20 };
const old = NOW - 91 * DAY_MS;
const facts = (over: Partial<ArticleFacts>): ArticleFacts => ({
  sortTime: old,
  rankInFeed: 100,
  bookmarked: false,
  read: true,
  ...over,
});

describe('isRemovable', () => {
  it.each<[string, Partial<ArticleFacts>, Partial<typeof policy>, boolean]>([
    ['an old read article', {}, {}, true],
    ['a recent article', { sortTime: NOW - 10 * DAY_MS }, {}, false],
    ['exactly at the age limit', { sortTime: NOW - 90 * DAY_MS }, {}, false],
    ['a bookmarked article, however old', { bookmarked: true, sortTime: 0 }, {}, false],
    ['bookmarked even when unread is not kept', { bookmarked: true, read: false }, { keepUnread: false }, false],
    ['an unread article when unread is kept', { read: false }, {}, false],
    ['an unread article when unread is not kept', { read: false }, { keepUnread: false }, true],
    ['among the newest of its feed', { rankInFeed: 20 }, {}, false],
    ['just past the newest kept', { rankInFeed: 21 }, {}, true],
    ['with no minimum per feed', { rankInFeed: 1 }, { keepLatestPerFeed: 0 }, true],
    ['a one-day policy', { sortTime: NOW - 2 * DAY_MS }, { maxAgeDays: 1 }, true],
    ['a date in the far past', { sortTime: -8.64e15 }, {}, true],
  ])('%s → removable %s', (_, article, override, expected) => {
    expect(isRemovable(facts(article), { ...policy, ...override }, NOW)).toBe(expected);
  });
});
