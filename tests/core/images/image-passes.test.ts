import { describe, expect, it, vi } from 'vitest';
import type { ImageCache, ImagePassOptions } from '../../../electron/core/images/image-cache';
import { ImagePasses, type CachedChange, type ImageSettings } from '../../../electron/core/images/image-passes';

const MB = 1024 * 1024;
const ON: ImageSettings = { offlineImages: true, offlineImagesDays: 14, imageCacheQuotaMB: 2048 };

/** A cache that records what it was asked to do; passes hang until the test opens the gate, then all settle. */
function fakeCache() {
  const calls: (['pass', ImagePassOptions] | ['quota', number | undefined] | ['thumbnails', number | null])[] = [];
  /** Passes for named articles (a fetched full text's pictures): never held by the gate. */
  const prompt: [readonly string[], ImagePassOptions][] = [];
  const report = { articles: 0, downloaded: 0, reused: 0, failed: 0, thumbnails: 0, evicted: 0, freedBytes: 0 };
  /** What each catch-up batch answers, in turn; then "nothing left". */
  const batches: { made: number; more: boolean; cursor: number | null }[] = [];
  let open = false;
  const waiting: (() => void)[] = [];
  const cache = {
    cacheRecent: (options: ImagePassOptions = {}) => {
      calls.push(['pass', options]);
      return new Promise((resolve) => (open ? resolve(report) : waiting.push(() => resolve(report))));
    },
    enforceQuota: async (bytes?: number) => (calls.push(['quota', bytes]), { evicted: 0, freedBytes: 0 }),
    cacheArticles: async (ids: readonly string[], options: ImagePassOptions) => (prompt.push([ids, options]), report),
    catchUpThumbnails: async ({ cursor = null }: { cursor?: number | null } = {}) => (
      calls.push(['thumbnails', cursor]),
      batches.shift() ?? { made: 0, more: false, cursor: null }
    ),
  } as unknown as ImageCache;
  const release = () => {
    open = true;
    waiting.splice(0).forEach((settle) => settle());
  };
  return { cache, calls, prompt, release, report, batches };
}

function setup(initial: ImageSettings = ON) {
  let settings = initial;
  const changes: CachedChange[] = [];
  const passes = new ImagePasses(
    () => settings,
    (change) => changes.push(change),
  );
  const fake = fakeCache();
  passes.attach(fake.cache);
  return { passes, changes, ...fake, set: (next: ImageSettings) => (settings = next) };
}

describe('image passes', () => {
  it('passes the configured window and quota to each pass, read when the pass starts', async () => {
    const { passes, calls, release, set } = setup({ ...ON, offlineImagesDays: 3, imageCacheQuotaMB: 100 });
    passes.request();
    set({ ...ON, offlineImagesDays: 30, imageCacheQuotaMB: 500 });
    passes.request(); // joins as one more pass after the running one
    release();
    await passes.whenIdle();
    expect(
      calls.map(([kind, arg]) => [
        kind,
        arg !== null && typeof arg === 'object' ? { days: arg.days, quotaBytes: arg.quotaBytes } : arg,
      ]),
    ).toEqual([
      ['pass', { days: 3, quotaBytes: 100 * MB }],
      ['pass', { days: 30, quotaBytes: 500 * MB }],
      ['thumbnails', null],
    ]);
  });

  it('does nothing while offline images are off', async () => {
    const { passes, calls } = setup({ ...ON, offlineImages: false });
    passes.request();
    await passes.whenIdle();
    expect(calls).toEqual([]);
  });

  it('enforces a lowered quota at once, after the pass in progress, and never for a raised one', async () => {
    const { passes, calls, release, set } = setup();
    // As in the service: the engine holds the new settings before the passes hear of the change.
    passes.configured(set({ ...ON, imageCacheQuotaMB: 4096 }), ON, true);
    await passes.whenIdle();
    expect(calls).toEqual([]);

    passes.request();
    passes.configured(set({ ...ON, imageCacheQuotaMB: 60 }), ON, true);
    expect(calls.map(([kind]) => kind)).toEqual(['pass']); // eviction waits: it must not delete what the pass reuses
    release();
    await passes.whenIdle();
    expect(calls).toEqual([
      ['pass', expect.anything()],
      ['quota', 60 * MB],
      ['thumbnails', null],
    ]);
  });

  it('catches up at once when images are switched on while online', async () => {
    const { passes, calls, release } = setup();
    passes.configured(ON, { ...ON, offlineImages: false }, false);
    expect(calls).toEqual([]);
    passes.configured(ON, { ...ON, offlineImages: false }, true);
    release();
    await passes.whenIdle();
    expect(calls.map(([kind]) => kind)).toEqual(['pass', 'thumbnails']);
  });

  it('makes missing thumbnails batch by batch, after any pass or eviction that is waiting, even with images off', async () => {
    const { passes, calls, batches, changes, release } = setup({ ...ON, offlineImages: false });
    batches.push({ made: 16, more: true, cursor: 40 }, { made: 3, more: false, cursor: null });
    passes.catchUp();
    await passes.whenIdle();
    expect(calls).toEqual([
      ['thumbnails', null],
      ['thumbnails', 40],
    ]);
    expect(changes).toEqual([
      { downloaded: 0, thumbnails: 16 },
      { downloaded: 0, thumbnails: 3 },
    ]);

    calls.length = 0;
    release();
    batches.push({ made: 16, more: true, cursor: 40 });
    passes.catchUp();
    passes.configured({ ...ON, offlineImages: false, imageCacheQuotaMB: 10 }, ON, true);
    await passes.whenIdle();
    // The first batch was under way; the eviction goes before the next one.
    expect(calls.map(([kind]) => kind)).toEqual(['thumbnails', 'quota', 'thumbnails']);
  });

  it('tells the UI when a pass stored pictures or small copies, and only then', async () => {
    const { passes, changes, release, report } = setup();
    release();
    passes.request();
    await passes.whenIdle();
    expect(changes).toEqual([]);
    Object.assign(report, { downloaded: 4, thumbnails: 2 });
    passes.request();
    await passes.whenIdle();
    expect(changes).toEqual([{ downloaded: 4, thumbnails: 2 }]);
  });

  it('waits the given delay before catching up, and not at all once stopped', async () => {
    vi.useFakeTimers();
    try {
      const { passes, calls } = setup();
      passes.catchUp(5000);
      await vi.advanceTimersByTimeAsync(4999);
      expect(calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await passes.whenIdle();
      expect(calls).toEqual([['thumbnails', null]]);

      calls.length = 0;
      passes.catchUp(5000);
      await passes.stop();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(calls).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a fetched full text’s pictures at once, beside a pass that is still running, with the same settings', async () => {
    const { passes, calls, prompt, release, set } = setup({ ...ON, offlineImagesDays: 5, imageCacheQuotaMB: 80 });
    passes.request(); // hangs until released
    await passes.cacheNow(['42']);
    expect(calls.map(([kind]) => kind)).toEqual(['pass']);
    expect(prompt.map(([ids, options]) => [ids, options.days, options.quotaBytes])).toEqual([[['42'], 5, 80 * MB]]);
    release();
    await passes.whenIdle();

    set({ ...ON, offlineImages: false });
    await passes.cacheNow(['43']);
    expect(prompt).toHaveLength(1);
  });
});
