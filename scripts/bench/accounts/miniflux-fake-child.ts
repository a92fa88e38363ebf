/**
 * `BENCH_KIND=miniflux`: the Miniflux REST API fake (tests/support/miniflux-fake, the 2.3.2+ generation) as the
 * benchmark's server, in the child process (fake-process.ts runs it and speaks for it). Seeded like the Google
 * Reader fake: feeds in ten categories, every n-th entry starred, every other read, entries published a minute
 * apart up to the clock. The app signs in with the fake's API key. Its clock moves only when the parent lets time
 * pass, and "another device" changes entries a second later than the last sync saw, as a real server's would.
 */
import { startMinifluxFake, type FakeEntry } from '../../../tests/support/miniflux-fake/miniflux-fake';
import type { BenchFake, ItemState, RemoteChanges } from './fake-process';
import type { AccountsBenchSize } from './size';
import { mapPlan, planStateChanges, spread } from './state-changes';

export async function startMinifluxBenchFake(size: AccountsBenchSize, folders: readonly string[]): Promise<BenchFake> {
  const fake = await startMinifluxFake({ variant: 'new' });
  const { store } = fake;
  const started = performance.now();
  const categories = folders.map((title) => store.addCategory(title).id);
  let counter = 0;
  for (let index = 0; index < size.feeds; index++) {
    const feed = store.addFeed(`https://feeds.example/${index + 1}.xml`, `Feed ${index + 1}`, categories[index % 10]);
    for (const entry of store.addEntries(feed.id, size.itemsPerFeed)) {
      counter++;
      if (size.readEvery && counter % size.readEvery === 0) entry.status = 'read';
      if (size.starredEvery && counter % size.starredEvery === 0) entry.starred = true;
    }
  }
  const seedMs = performance.now() - started;
  const entries = () => [...store.entries.values()];
  return {
    ready: {
      apiUrl: fake.origin,
      user: fake.user,
      // The API key travels where a password does.
      password: fake.token,
      appCredentials: false,
      appId: '',
      appKey: '',
      nowMs: store.nowMs(),
      seedMs,
      unread: entries().filter((entry) => entry.status === 'unread').length,
      starred: entries().filter((entry) => entry.starred).length,
    },
    advance(ms) {
      store.advanceClock(ms);
      return store.nowMs();
    },
    remoteChanges(newItems, stateChanges): RemoteChanges {
      store.advanceClock(1000);
      const views = entries().map((entry) => ({ entry, read: entry.status === 'read', starred: entry.starred }));
      const plan = planStateChanges(views, stateChanges);
      const ids = (list: readonly { entry: FakeEntry }[]) => list.map(({ entry }) => entry.id);
      store.setStatus(ids(plan.markRead), 'read');
      store.setStatus(ids(plan.markUnread), 'unread');
      store.setStarred(ids(plan.star), true);
      store.setStarred(ids(plan.unstar), false);
      const newIds: string[] = [];
      const feeds = spread([...store.feeds.values()], Math.ceil(newItems / 2));
      const perFeed = Math.ceil(newItems / Math.max(1, feeds.length));
      for (const feed of feeds) {
        const count = Math.min(perFeed, newItems - newIds.length);
        if (count > 0) newIds.push(...store.addEntries(feed.id, count).map((entry) => String(entry.id)));
      }
      return { nowMs: store.nowMs(), newIds, plan: mapPlan(plan, ({ entry }) => String(entry.id)) };
    },
    states: (ids) =>
      ids.map((id): ItemState | null => {
        const entry = store.entries.get(Number(id));
        return entry ? { read: entry.status === 'read', starred: entry.starred } : null;
      }),
    // Ids in paths become {id}, so one endpoint is one key.
    requestKeys: () =>
      fake.requests.map(
        (request) => `${request.method} ${request.path.replace(/\/\d+(?=\/|$)/g, '/{id}')} ${request.status}`,
      ),
    close: () => fake.close(),
  };
}
