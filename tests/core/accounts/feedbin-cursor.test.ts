import { describe, expect, it } from 'vitest';
import { feedbinCursorOf, laterTime, microsOf, sinceDaysAgo } from '../../../electron/core/accounts/feedbin-cursor';

describe('the Feedbin cursor', () => {
  it('is read back only when it is a Feedbin time; anything else starts over as a first sync', () => {
    expect(feedbinCursorOf({ since: '2013-02-04T01:00:19.127893Z' })).toEqual({ since: '2013-02-04T01:00:19.127893Z' });
    for (const state of [
      null,
      'x',
      { since: 1_700_000_000 },
      { since: '2013-02-04' },
      { since: '2013-02-04T01:00:19.127893Z&read=true' },
      { since: '2013-13-40T99:00:19Z' },
    ])
      expect(feedbinCursorOf(state)).toEqual({ since: null });
  });

  it('compares to the microsecond, as Feedbin writes its times', () => {
    const [earlier, later] = ['2023-11-14T22:13:20.000007Z', '2023-11-14T22:13:20.000014Z'];
    expect(microsOf(later)! - microsOf(earlier)!).toBe(7);
    expect(laterTime(earlier, later)).toBe(later);
    expect(laterTime(later, earlier)).toBe(later);
    expect(laterTime(null, earlier)).toBe(earlier);
    expect(laterTime(earlier, 'not a time')).toBe(earlier);
  });

  it('writes the download window’s start in Feedbin’s format', () => {
    expect(sinceDaysAgo(Date.UTC(2024, 0, 31, 12), 30)).toBe('2024-01-01T12:00:00.000000Z');
  });
});
