/**
 * `BENCH_KIND=nextcloud`: the Nextcloud News fake (tests/support/nextcloud-fake, API v1-3 over HTTP on 127.0.0.1) as
 * the benchmark's server, in the child process (fake-process.ts runs it and speaks for it). Seeded like the Google
 * Reader fake: feeds in ten folders, every n-th item starred, every other read, item ids in crawl order, crawled ten
 * seconds apart over the days before the clock's start. Changes made by "another device" stamp the items with the
 * fake's clock (one millisecond per change), so the incremental sync's `items/updated` answers repeat items of the
 * same second, as the real server's do.
 */
import { startNextcloudFake, type NextcloudFake } from '../../../tests/support/nextcloud-fake/nextcloud-fake';
import type { BenchFake, ItemState, RemoteChanges } from './fake-process';
import type { AccountsBenchSize } from './size';
import { mapPlan, planStateChanges, spread } from './state-changes';

/** The fake's clock at the start (ms): items are spread over the days before it. */
const CLOCK_START_MS = 1_760_000_000_000;
const CRAWL_GAP_US = 10_000_000;

export async function startNextcloudBenchFake(size: AccountsBenchSize, folders: readonly string[]): Promise<BenchFake> {
  const fake = await startNextcloudFake({ clockStartMs: CLOCK_START_MS });
  const started = performance.now();
  seed(fake, size, folders);
  const seedMs = performance.now() - started;
  const items = () => [...fake.store.items.values()];
  return {
    ready: {
      apiUrl: fake.apiUrl,
      user: fake.user,
      password: fake.password,
      appCredentials: false,
      appId: '',
      appKey: '',
      nowMs: fake.store.nowUs() / 1000,
      seedMs,
      unread: items().filter((item) => item.unread).length,
      starred: items().filter((item) => item.starred).length,
    },
    advance(ms) {
      fake.advanceClock(ms);
      return fake.store.nowUs() / 1000;
    },
    remoteChanges: (newItems, stateChanges) => remoteChanges(fake, newItems, stateChanges),
    states: (ids) =>
      ids.map((id): ItemState | null => {
        const item = fake.item(Number(id));
        return item ? { read: !item.unread, starred: item.starred } : null;
      }),
    requestKeys: () => fake.requests.map((request) => `${request.method} ${request.endpoint} ${request.status}`),
    close: () => fake.close(),
  };
}

function seed(fake: NextcloudFake, size: AccountsBenchSize, folders: readonly string[]): void {
  const folderIds = folders.map((name) => fake.addFolder(name).id);
  let counter = 0;
  for (let index = 0; index < size.feeds; index++) {
    const feed = fake.addFeed(
      `https://feeds.example/${index + 1}.xml`,
      `Feed ${index + 1}`,
      folderIds[index % folderIds.length]!,
    );
    for (const item of fake.addItems(feed.id, size.itemsPerFeed)) {
      counter++;
      // Crawled before the clock's start, oldest first; its state set by the crawl's time, not stamped again.
      item.lastModifiedUs = CLOCK_START_MS * 1000 - (size.items - counter) * CRAWL_GAP_US;
      item.pubDate = Math.floor(item.lastModifiedUs / 1_000_000);
      item.starred = size.starredEvery ? counter % size.starredEvery === 0 : false;
      item.unread = !(size.readEvery ? counter % size.readEvery === 0 : false);
    }
  }
}

/** "Another device": read and starred changes over older items, then new items in every few feeds. */
function remoteChanges(fake: NextcloudFake, newItems: number, stateChanges: number): RemoteChanges {
  const views = [...fake.store.items.values()].map((item) => ({ item, read: !item.unread, starred: item.starred }));
  const plan = planStateChanges(views, stateChanges);
  for (const { item } of plan.markRead) fake.setState(item.id, { unread: false });
  for (const { item } of plan.markUnread) fake.setState(item.id, { unread: true });
  for (const { item } of plan.star) fake.setState(item.id, { starred: true });
  for (const { item } of plan.unstar) fake.setState(item.id, { starred: false });
  const newIds: string[] = [];
  const feeds = spread([...fake.store.feeds.values()], Math.ceil(newItems / 2));
  const perFeed = Math.ceil(newItems / Math.max(1, feeds.length));
  for (const feed of feeds) {
    const count = Math.min(perFeed, newItems - newIds.length);
    if (count > 0) newIds.push(...fake.addItems(feed.id, count).map((item) => String(item.id)));
  }
  return {
    nowMs: fake.store.nowUs() / 1000,
    newIds,
    plan: mapPlan(plan, ({ item }) => String(item.id)),
  };
}
