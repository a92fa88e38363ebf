import { describe, expect, it } from 'vitest';
import { readNextcloudCursor } from '../../../electron/core/accounts/nextcloud-cursor';

describe('the Nextcloud News cursor read back from the account row', () => {
  it('keeps a cursor of the right shape', () => {
    const cursor = { lastModified: 1_700_000_000, newestItemId: '42', older: { offset: '17' } };
    expect(readNextcloudCursor(cursor)).toEqual(cursor);
    expect(readNextcloudCursor({ lastModified: 0, newestItemId: null, older: null })).toEqual({
      lastModified: 0,
      newestItemId: null,
      older: null,
    });
  });

  it('reads anything else as no cursor, so the next pull lists everything', () => {
    for (const state of [
      null,
      'text',
      {},
      { lastModified: -1, newestItemId: null, older: null },
      { lastModified: 1.5, newestItemId: null, older: null },
      { lastModified: 1, newestItemId: 'abc', older: null },
      { lastModified: 1, newestItemId: null, older: { offset: 'x' } },
      { lastModified: 1, newestItemId: null },
      { sinceId: '12' },
    ])
      expect(readNextcloudCursor(state)).toBeNull();
  });
});
