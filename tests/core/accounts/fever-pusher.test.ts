import { describe, expect, it } from 'vitest';
import { CALLS_AT_ONCE, createFeverPusher } from '../../../electron/core/accounts/fever-pusher';
import type { FeverClient } from '../../../electron/core/fever/client';

/** A Fever client whose `mark` calls wait until the test lets them answer, counting how many are in flight. */
function slowClient(options: { failOn?: string; saved?: string[] } = {}) {
  const marked: string[] = [];
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const client = {
    savedItemIds: async () => options.saved ?? [],
    markItem: (id: string, as: string) =>
      new Promise<void>((resolve, reject) => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        waiting.push(() => {
          inFlight -= 1;
          if (id === options.failOn) return reject(new Error(`refused ${id}`));
          marked.push(`${id}:${as}`);
          resolve();
        });
      }),
  } as unknown as FeverClient;
  /** Answers every waiting call, over and over, until the work settles. */
  const drain = async <T>(work: Promise<T>): Promise<T> => {
    let settled = false;
    const outcome = work.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    void outcome.then(() => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      waiting.splice(0).forEach((answer) => answer());
    }
    const result = await outcome;
    if (!result.ok) throw result.error;
    return result.value;
  };
  return { client, marked, drain, mostInFlight: () => mostInFlight };
}

const ids = (count: number) => Array.from({ length: count }, (_, n) => String(1000 + n));

describe('pushing to a Fever server (one call per item)', () => {
  it('keeps a few calls in flight at once, never more, and marks every item', async () => {
    const fake = slowClient();
    await fake.drain(createFeverPusher(fake.client).setRead(ids(20), true));
    expect(fake.marked.sort()).toEqual(ids(20).map((id) => `${id}:read`));
    expect(fake.mostInFlight()).toBe(CALLS_AT_ONCE);
  });

  it('starts no new call after one fails, and says which', async () => {
    const fake = slowClient({ failOn: '1001' });
    await expect(fake.drain(createFeverPusher(fake.client).setRead(ids(40), false))).rejects.toThrow('refused 1001');
    // The calls already in flight when it failed finish; none of the other 30-odd is sent.
    expect(fake.marked.length).toBeLessThan(CALLS_AT_ONCE * 2);
  });

  it('sends a star only where the server’s saved list differs, in flight together', async () => {
    const fake = slowClient({ saved: ['1000', '1002'] });
    await fake.drain(createFeverPusher(fake.client).setStarred(ids(6), true));
    expect(fake.marked.sort()).toEqual(['1001:saved', '1003:saved', '1004:saved', '1005:saved']);
    expect(fake.mostInFlight()).toBe(CALLS_AT_ONCE);
  });
});
