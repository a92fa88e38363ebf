/**
 * `BENCH_KIND=feedbin`: the Feedbin API v2 fake (tests/support/feedbin-fake) as the benchmark's server, in the child
 * process (fake-process.ts runs it and speaks for it). Seeded like the Google Reader fake: feeds tagged into ten
 * folders, every n-th entry starred, every other one read, entry ids in the order Feedbin received them. The fake's
 * clock counts microseconds (Feedbin's `created_at`); the bench reads and moves it in milliseconds.
 */
import { startFeedbinFake, type FeedbinFake } from '../../../tests/support/feedbin-fake/feedbin-fake';
import type { BenchFake, ItemState, RemoteChanges } from './fake-process';
import type { AccountsBenchSize } from './size';
import { mapPlan, planStateChanges, spread } from './state-changes';

export async function startFeedbinBenchFake(size: AccountsBenchSize, folders: readonly string[]): Promise<BenchFake> {
  const fake = await startFeedbinFake();
  const { store } = fake;
  const started = performance.now();
  seed(fake, size, folders);
  const seedMs = performance.now() - started;
  const visible = () => store.visibleEntries();
  return {
    ready: {
      apiUrl: fake.apiUrl,
      user: fake.user,
      password: fake.password,
      appCredentials: false,
      appId: '',
      appKey: '',
      nowMs: store.nowMs(),
      seedMs,
      unread: visible().filter((entry) => store.unread.has(entry.id)).length,
      starred: visible().filter((entry) => store.starred.has(entry.id)).length,
    },
    advance(ms) {
      store.advanceClock(ms);
      return store.nowMs();
    },
    remoteChanges: (newItems, stateChanges) => remoteChanges(fake, newItems, stateChanges),
    states: (ids) =>
      ids.map((id): ItemState | null =>
        store.entry(Number(id)) ? { read: !store.isUnread(id), starred: store.isStarred(id) } : null,
      ),
    requestKeys: () => fake.requests.map((served) => `${served.method} ${served.endpoint} ${served.status}`),
    close: () => fake.close(),
  };
}

function seed(fake: FeedbinFake, size: AccountsBenchSize, folders: readonly string[]): void {
  const { store } = fake;
  let counter = 0;
  for (let index = 0; index < size.feeds; index++) {
    const { feedId } = store.addFeed(`https://feeds.example/${index + 1}.xml`, `Feed ${index + 1}`, {
      tags: [folders[index % folders.length]!],
    });
    for (const id of store.addEntries(feedId, size.itemsPerFeed)) {
      counter++;
      if (size.starredEvery && counter % size.starredEvery === 0) store.star([id]);
      if (size.readEvery && counter % size.readEvery === 0) store.markRead([id]);
    }
  }
}

/** "Another device": read and starred changes over older entries, then new entries in every few feeds. */
function remoteChanges(fake: FeedbinFake, newItems: number, stateChanges: number): RemoteChanges {
  const { store } = fake;
  const views = store.entries.map((entry) => ({
    id: String(entry.id),
    read: !store.unread.has(entry.id),
    starred: store.starred.has(entry.id),
  }));
  const plan = mapPlan(planStateChanges(views, stateChanges), (view) => view.id);
  store.markRead(plan.markRead);
  store.markUnread(plan.markUnread);
  store.star(plan.star);
  store.unstar(plan.unstar);
  const newIds: string[] = [];
  const feeds = spread([...store.subscriptions.values()], Math.ceil(newItems / 2));
  const perFeed = Math.ceil(newItems / Math.max(1, feeds.length));
  for (const subscription of feeds) {
    const count = Math.min(perFeed, newItems - newIds.length);
    if (count > 0) newIds.push(...store.addEntries(String(subscription.feedId), count));
  }
  return { nowMs: store.nowMs(), newIds, plan };
}
