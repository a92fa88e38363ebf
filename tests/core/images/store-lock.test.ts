import { describe, expect, it } from 'vitest';
import { createStoreLock } from '../../../electron/core/images/store-lock';

/** A step that stays open until the test closes it, recording when it started and ended. */
function gate(log: string[], name: string) {
  let close!: () => void;
  const closed = new Promise<void>((resolve) => (close = resolve));
  return {
    close,
    work: async () => {
      log.push(`${name} starts`);
      await closed;
      log.push(`${name} ends`);
    },
  };
}

/** Lets every already-settled promise chain run, without any timer. */
const drain = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('the store lock (eviction never runs beside a store)', () => {
  it('lets stores run together, makes an eviction wait for them, and holds back stores asked for meanwhile', async () => {
    const lock = createStoreLock();
    const log: string[] = [];
    const a = gate(log, 'store a');
    const b = gate(log, 'store b');
    const evict = gate(log, 'eviction');
    const late = gate(log, 'store c');

    const stores = [lock.shared(a.work), lock.shared(b.work)];
    const eviction = lock.exclusive(evict.work);
    await drain();
    const lateStore = lock.shared(late.work);
    await drain();
    expect(log).toEqual(['store a starts', 'store b starts']);

    a.close();
    b.close();
    await Promise.all(stores);
    await drain();
    expect(log.slice(-1)).toEqual(['eviction starts']);
    expect(log).not.toContain('store c starts');

    evict.close();
    await eviction;
    await drain();
    expect(log.slice(-2)).toEqual(['eviction ends', 'store c starts']);
    late.close();
    await lateStore;
  });

  it('runs evictions one at a time, and a failed step releases the lock', async () => {
    const lock = createStoreLock();
    const log: string[] = [];
    const first = gate(log, 'first');
    const one = lock.exclusive(first.work);
    const two = lock.exclusive(async () => void log.push('second'));
    const failing = lock.shared(async () => {
      throw new Error('disk full');
    });
    await drain();
    expect(log).toEqual(['first starts']);
    first.close();
    await Promise.all([one, two]);
    await expect(failing).rejects.toThrow('disk full');
    expect(log).toEqual(['first starts', 'first ends', 'second']);
    expect(await lock.exclusive(async () => 'free')).toBe('free');
  });
});
