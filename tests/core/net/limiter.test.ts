import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimiter, hostKey, type Release } from '../../../electron/core/net/limiter';

/** Lets resolved promises run their callbacks; a queue turn, not a sleep. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Acquires and records, in order, which slots have been granted. */
function recorder(limiter: ReturnType<typeof createLimiter>) {
  const granted: string[] = [];
  const releases = new Map<string, Release>();
  const acquire = (name: string, host: string, signal?: AbortSignal) =>
    limiter.acquire(host, signal).then((release) => {
      granted.push(name);
      releases.set(name, release);
    });
  const release = (name: string) => releases.get(name)!();
  return { granted, acquire, release };
}

describe('createLimiter', () => {
  it('allows two at once per host and queues the third', async () => {
    const limiter = createLimiter();
    const { granted, acquire } = recorder(limiter);
    for (const name of ['a1', 'a2', 'a3']) void acquire(name, 'a.example');
    await settle();
    expect(granted).toEqual(['a1', 'a2']);
    expect(limiter.activeFor('a.example')).toBe(2);
    expect(limiter.waiting).toBe(1);
  });

  it('allows eight at once overall', async () => {
    const limiter = createLimiter();
    const { granted, acquire } = recorder(limiter);
    for (let i = 0; i < 10; i += 1) void acquire(`h${i}`, `h${i}.example`);
    await settle();
    expect(granted).toHaveLength(8);
    expect(limiter.active).toBe(8);
  });

  it('starts waiters for one host in arrival order', async () => {
    const limiter = createLimiter({ perHost: 1 });
    const { granted, acquire, release } = recorder(limiter);
    for (const name of ['first', 'second', 'third']) void acquire(name, 'a');
    await settle();
    release('first');
    await settle();
    release('second');
    await settle();
    expect(granted).toEqual(['first', 'second', 'third']);
  });

  it('does not let a busy host hold up waiters for other hosts', async () => {
    const limiter = createLimiter({ global: 3, perHost: 2 });
    const { granted, acquire, release } = recorder(limiter);
    for (const [name, host] of [
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
      ['a3', 'a'],
      ['b2', 'b'],
      ['c1', 'c'],
    ])
      void acquire(name!, host!);
    await settle();
    expect(granted).toEqual(['a1', 'a2', 'b1']);
    release('b1');
    await settle();
    expect(granted.at(-1)).toBe('b2');
    release('a1');
    await settle();
    expect(granted.at(-1)).toBe('a3');
  });

  it('treats host names case-insensitively', async () => {
    const limiter = createLimiter({ perHost: 1 });
    const { granted, acquire } = recorder(limiter);
    void acquire('x', 'Example.COM');
    void acquire('y', 'example.com');
    await settle();
    expect(granted).toEqual(['x']);
  });

  it('drops a cancelled waiter without giving it a slot', async () => {
    const limiter = createLimiter({ perHost: 1 });
    const { granted, acquire, release } = recorder(limiter);
    const controller = new AbortController();
    void acquire('holder', 'a');
    const cancelled = acquire('cancelled', 'a', controller.signal);
    void acquire('next', 'a');
    await settle();
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(limiter.waiting).toBe(1);
    release('holder');
    await settle();
    expect(granted).toEqual(['holder', 'next']);
  });

  it('refuses at once when already cancelled', async () => {
    const limiter = createLimiter();
    await expect(limiter.acquire('a', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(limiter.active).toBe(0);
  });

  it('ignores a cancel that comes after the slot was granted', async () => {
    const limiter = createLimiter();
    const controller = new AbortController();
    const release = await limiter.acquire('a', controller.signal);
    controller.abort();
    expect(limiter.active).toBe(1);
    release();
    expect(limiter.active).toBe(0);
  });

  it('counts a double release once', async () => {
    const limiter = createLimiter({ perHost: 1 });
    const first = await limiter.acquire('a');
    const second = limiter.acquire('a');
    first();
    first();
    await second;
    expect(limiter.activeFor('a')).toBe(1);
  });

  it('releases the slot when a task fails', async () => {
    const limiter = createLimiter();
    await expect(limiter.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limiter.active).toBe(0);
  });

  it('never exceeds its caps and never leaves a runnable waiter idle', async () => {
    const op = fc.oneof(
      fc.record({
        type: fc.constant('acquire' as const),
        host: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        cancellable: fc.boolean(),
      }),
      fc.record({ type: fc.constant('release' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('cancel' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(op, { maxLength: 60 }),
        async (global, perHost, ops) => {
          const limiter = createLimiter({ global, perHost });
          const held: { host: string; release: Release }[] = [];
          const waiting: { host: string; controller: AbortController }[] = [];
          for (const step of ops) {
            if (step.type === 'acquire') {
              const controller = new AbortController();
              const entry = { host: step.host, controller };
              waiting.push(entry);
              limiter.acquire(step.host, step.cancellable ? controller.signal : undefined).then(
                (release) => {
                  waiting.splice(waiting.indexOf(entry), 1);
                  held.push({ host: step.host, release });
                },
                () => waiting.splice(waiting.indexOf(entry), 1),
              );
            } else if (step.type === 'release' && held.length > 0) {
              held.splice(step.pick % held.length, 1)[0]!.release();
            } else if (step.type === 'cancel' && waiting.length > 0) {
              waiting[step.pick % waiting.length]!.controller.abort();
            }
            await settle();
            const perHostCounts = new Map<string, number>();
            for (const { host } of held) perHostCounts.set(host, (perHostCounts.get(host) ?? 0) + 1);
            expect(held.length).toBe(limiter.active);
            expect(held.length).toBeLessThanOrEqual(global);
            for (const count of perHostCounts.values()) expect(count).toBeLessThanOrEqual(perHost);
            const runnable = waiting.some(
              ({ host }) => held.length < global && (perHostCounts.get(host) ?? 0) < perHost,
            );
            expect(runnable).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hostKey', () => {
  it.each([
    ['https://Example.com:8443/feed', 'example.com'],
    ['http://example.com/feed', 'example.com'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, key) => {
    expect(hostKey(url)).toBe(key);
  });
});
