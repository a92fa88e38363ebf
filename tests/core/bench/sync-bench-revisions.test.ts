import { describe, expect, it } from 'vitest';
import { FRESH_ITEMS, generateFeeds, revisedFeeds } from '../../../scripts/bench/sync/feed-documents';

/**
 * The incremental refresh's changed feeds: one in ten, always including the last feed (the one the
 * benchmark lists and searches), each with new entries on top and the kept ones unchanged.
 */
describe('the feeds that change for the incremental refresh', () => {
  it.each([
    [1, [0]],
    [3, [2]],
    [10, [9]],
    [11, [0, 10]],
    [50, [9, 19, 29, 39, 49]],
  ])('at %i feeds: %j', (feeds, indexes) => {
    expect(revisedFeeds(feeds)).toEqual(indexes);
  });

  it('are a tenth of a thousand, the last among them', () => {
    const indexes = revisedFeeds(1_000);
    expect(indexes).toHaveLength(100);
    expect(indexes.at(-1)).toBe(999);
  });

  it('carry new entries on top and keep the newest of the first revision as they were', () => {
    const origin = () => 'http://127.0.0.1:9';
    const documents = [...generateFeeds(10, 8, origin, Date.UTC(2026, 0, 1))];
    const first = documents.find((doc) => doc.index === 9 && doc.revision === 1)!;
    const second = documents.find((doc) => doc.index === 9 && doc.revision === 2)!;
    const items = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0]);
    const before = items(first.xml);
    const after = items(second.xml);
    expect(after).toHaveLength(8);
    expect(after.slice(0, FRESH_ITEMS).every((item) => !before.includes(item))).toBe(true);
    expect(after.slice(FRESH_ITEMS)).toEqual(before.slice(0, 8 - FRESH_ITEMS));
    expect(documents.filter((doc) => doc.revision === 2).map((doc) => doc.index)).toEqual([9]);
  });
});
