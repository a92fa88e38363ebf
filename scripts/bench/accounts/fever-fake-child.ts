/**
 * `BENCH_KIND=fever`: the Fever API fake (tests/support/fever-fake) as the benchmark's server, in the child process
 * (fake-process.ts runs it and speaks for it). Seeded like the Google Reader fake: feeds in ten groups, every n-th
 * item starred, every other read, item ids in crawl order. The fake answers `mark=item` with the bare auth reply,
 * where FreshRSS sends the whole unread id list back with each one: the push figure is the app's cost of one call
 * per item over loopback, not the server's.
 */
import { FeverFake } from '../../../tests/support/fever-fake/fever-fake';
import type { BenchFake, ItemState, RemoteChanges } from './fake-process';
import type { AccountsBenchSize } from './size';
import { mapPlan, planStateChanges, spread } from './state-changes';

/** The fake's clock at the start (seconds): items are spread over the hours before it. */
const CLOCK_START_SECONDS = 1_760_000_000;

export async function startFeverBenchFake(size: AccountsBenchSize, folders: readonly string[]): Promise<BenchFake> {
  const fake = new FeverFake({ clockStartSeconds: CLOCK_START_SECONDS });
  const started = performance.now();
  seed(fake, size, folders);
  const seedMs = performance.now() - started;
  const apiUrl = await fake.listen();
  const byId = () => new Map(fake.items.map((item) => [String(item.id), item]));
  return {
    ready: {
      apiUrl,
      user: fake.user,
      password: fake.password,
      appCredentials: false,
      appId: '',
      appKey: '',
      nowMs: fake.nowSeconds * 1000,
      seedMs,
      unread: fake.items.filter((item) => !item.read).length,
      starred: fake.items.filter((item) => item.saved).length,
    },
    advance(ms) {
      fake.advanceClock(Math.round(ms / 1000));
      return fake.nowSeconds * 1000;
    },
    remoteChanges: (newItems, stateChanges) => remoteChanges(fake, newItems, stateChanges),
    states(ids) {
      const items = byId();
      return ids.map((id): ItemState | null => {
        const item = items.get(id);
        return item ? { read: item.read, starred: item.saved } : null;
      });
    },
    requestKeys: () =>
      fake.calls.map((call) => {
        const what = call.fields.mark
          ? `mark=${call.fields.mark}&as=${call.fields.as ?? ''}`
          : call.what || 'api (key check)';
        return `${what} 200`;
      }),
    close: () => fake.close(),
  };
}

function seed(fake: FeverFake, size: AccountsBenchSize, folders: readonly string[]): void {
  const groups = folders.map((title) => fake.addGroup(title));
  const feeds = Array.from({ length: size.feeds }, (_, index) =>
    fake.addFeed(`Feed ${index + 1}`, `https://feeds.example/${index + 1}.xml`, [groups[index % groups.length]!]),
  );
  let counter = 0;
  for (const feedId of feeds)
    for (let n = 0; n < size.itemsPerFeed; n++) {
      counter++;
      const at = CLOCK_START_SECONDS - (size.items - counter) * 10;
      fake.addItem(feedId, {
        createdOnTime: at,
        addedAt: at,
        saved: size.starredEvery ? counter % size.starredEvery === 0 : false,
        read: size.readEvery ? counter % size.readEvery === 0 : false,
      });
    }
}

/** "Another device": read and starred changes over older items, then new items in every few feeds. */
function remoteChanges(fake: FeverFake, newItems: number, stateChanges: number): RemoteChanges {
  const views = fake.items.map((item) => ({ item, read: item.read, starred: item.saved }));
  const plan = planStateChanges(views, stateChanges);
  for (const { item } of plan.markRead) item.read = true;
  for (const { item } of plan.markUnread) item.read = false;
  for (const { item } of plan.star) item.saved = true;
  for (const { item } of plan.unstar) item.saved = false;
  const newIds: string[] = [];
  const feeds = spread(fake.feeds, Math.ceil(newItems / 2));
  const perFeed = Math.ceil(newItems / Math.max(1, feeds.length));
  for (const feed of feeds)
    for (let n = 0; n < perFeed && newIds.length < newItems; n++) newIds.push(String(fake.addItem(feed.id)));
  return {
    nowMs: fake.nowSeconds * 1000,
    newIds,
    plan: mapPlan(plan, ({ item }) => String(item.id)),
  };
}
