import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, type Harness } from './support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

const MINUTE = 60_000;

function addFeed(name: string, options: { refreshMinutes?: number; paused?: boolean } = {}): string {
  server.set(`/${name}.xml`, { body: rss(name, items(2, name)) });
  return h.addFeed({ url: server.url(`/${name}.xml`), title: name, options });
}

/** Runs the timer the scheduler planned, after moving the clock to its time. */
async function fireTimer(): Promise<number> {
  const timer = h.timers.pending.shift();
  if (!timer) throw new Error('nothing scheduled');
  h.clock.now += timer.ms;
  timer.callback();
  await h.core.sync.engine.idle();
  return timer.ms;
}

const attempted = (id: string) => h.feed(id).sync.lastAttemptAt;

describe('the schedule', () => {
  it('starts with the host’s configuration and refreshes new feeds at once', async () => {
    h = createHarness();
    const id = addFeed('first');
    expect(h.timers.pending).toHaveLength(0);
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await h.core.sync.engine.idle();
    expect(h.feed(id).articleCount).toBe(2);
    expect(h.timers.pending).toHaveLength(1);
    expect((await call(h, 'sync.status')).nextCheckAt).not.toBeNull();
  });

  it('picks only due feeds: the app interval, a per-feed override, and never paused feeds', async () => {
    h = createHarness();
    const normal = addFeed('normal');
    const hourly = addFeed('hourly', { refreshMinutes: 60 });
    const paused = addFeed('paused', { paused: true });
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await h.core.sync.engine.idle();
    const start = h.clock.now;
    expect(attempted(paused)).toBeNull();

    // The next wake-up is when the first feed falls due: 30 minutes.
    expect(await fireTimer()).toBe(30 * MINUTE);
    expect(Date.parse(attempted(normal)!)).toBe(start + 30 * MINUTE);
    expect(Date.parse(attempted(hourly)!)).toBe(start);

    expect(await fireTimer()).toBe(30 * MINUTE);
    expect(Date.parse(attempted(normal)!)).toBe(start + 60 * MINUTE);
    expect(Date.parse(attempted(hourly)!)).toBe(start + 60 * MINUTE);
    expect(attempted(paused)).toBeNull();
  });

  it('waits for a failing feed’s backoff before trying it again', async () => {
    h = createHarness();
    server.set('/down.xml', { status: 500, body: 'down', contentType: 'text/plain' });
    const down = h.addFeed({ url: server.url('/down.xml'), title: 'down' });
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await h.core.sync.engine.idle();
    const due = Date.parse(h.feed(down).sync.nextDueAt!);
    const hits = server.hits('/down.xml');
    expect(h.timers.pending[0]!.ms).toBe(due - h.clock.now);
    await fireTimer();
    expect(server.hits('/down.xml')).toBe(hits + 1);
    expect(h.feed(down).sync.consecutiveFailures).toBe(2);
  });

  it('does not restart a cancelled refresh until the next interval', async () => {
    h = createHarness();
    addFeed('cancelled');
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await call(h, 'sync.cancel');
    await h.core.sync.engine.idle();
    expect(h.timers.pending.map((t) => t.ms)).toEqual([30 * MINUTE]);
  });

  it('makes no attempts offline and resumes when the network is back', async () => {
    h = createHarness();
    await call(h, 'sync.setOnline', false);
    const id = addFeed('later');
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await fireTimer();
    expect(attempted(id)).toBeNull();
    expect(h.eventsOf('sync.finished')).toEqual([]);
    await call(h, 'sync.setOnline', true);
    await h.core.sync.engine.idle();
    expect(h.feed(id)).toMatchObject({ articleCount: 2, sync: { lastError: null } });
  });

  it('uses a new interval as soon as the host sends it', async () => {
    h = createHarness();
    addFeed('tuned');
    await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: '' });
    await h.core.sync.engine.idle();
    await call(h, 'sync.configure', { refreshIntervalMinutes: 10, proxy: '' });
    expect(h.timers.pending).toHaveLength(1);
    expect(h.timers.pending[0]!.ms).toBe(10 * MINUTE);
  });
});
