import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../../electron/core/db/sql';
import { createLocalBackend, LOCAL_CAPABILITIES } from '../../../electron/core/accounts/local-backend';
import type { AccountBackend } from '../../../electron/core/accounts/backend';
import { startApiServer, type ApiServer } from '../net/support/api-server';
import { items, rss, startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { createHarness, type Harness } from '../sync/support/sync-harness';

/** The `local` account's backend: today's polling and library behind the accounts' interface. */
let server: FeedServer;
let h: Harness;
let backend: AccountBackend;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

function setUp(): void {
  h = createHarness();
  backend = createLocalBackend({
    db: () => h.core.library.db(),
    engine: h.core.sync.engine,
    network: h.core.network,
    now: () => h.clock.now,
  });
}

const never = () => new AbortController().signal;
const titles = () => all<{ title: string }>(h.core.library.db(), 'SELECT title FROM articles ORDER BY title');

describe('the local backend', () => {
  it('is the local kind, can do everything but keep item labels elsewhere, and has no credentials to check', async () => {
    setUp();
    expect(backend.kind).toBe('local');
    expect(backend.capabilities).toEqual({
      subscriptions: true,
      folders: true,
      starred: true,
      markAllOnServer: false,
      itemLabels: false,
    });
    expect(Object.isFrozen(LOCAL_CAPABILITIES)).toBe(true);
    await expect(backend.validateCredentials()).resolves.toBeUndefined();
  });

  it('syncs by refreshing every feed, and says what arrived', async () => {
    setUp();
    server.set('/one.xml', { body: rss('One', items(2, 'one')) });
    server.set('/two.xml', { body: rss('Two', items(3, 'two')) });
    h.addFeed({ url: server.url('/one.xml'), title: 'One' });
    h.addFeed({ url: server.url('/two.xml'), title: 'Two' });
    const outcome = await backend.sync({ signal: never() });
    expect(outcome).toEqual({ newArticles: 5, pushed: 0, pulledStates: 0, cancelled: false });
    expect(titles()).toHaveLength(5);
    expect(h.eventsOf('sync.finished')).toHaveLength(1);
  });

  it('fetches nothing offline, and stops the refresh when its run is stopped', async () => {
    setUp();
    const slow: ApiServer = await startApiServer();
    try {
      slow.route('/slow.xml', () => undefined); // never answers
      h.addFeed({ url: `${slow.origin}/slow.xml`, title: 'Slow' });
      h.core.sync.engine.setOnline(false);
      expect(await backend.sync({ signal: never() })).toMatchObject({ newArticles: 0, cancelled: true });
      expect(slow.seen).toEqual([]);

      h.core.sync.engine.setOnline(true);
      const controller = new AbortController();
      const outcome = backend.sync({ signal: controller.signal });
      await expect.poll(() => slow.seen.length).toBe(1);
      controller.abort();
      expect(await outcome).toEqual({ newArticles: 0, pushed: 0, pulledStates: 0, cancelled: true });
      expect(h.core.sync.engine.status().running).toBeNull();
    } finally {
      await slow.close();
    }
  });

  it('subscribes through discovery into a folder and fetches the new feed at once', async () => {
    setUp();
    server.set('/new.xml', { body: rss('New feed', items(2, 'new')) });
    const section = h.section('News');
    const outcome = await backend.subscribe(server.url('/new.xml'), section);
    expect(outcome).toMatchObject({ kind: 'subscribed', feed: { title: 'New feed', sectionId: section } });
    await h.core.sync.engine.idle();
    expect(titles()).toEqual([{ title: 'new story 0' }, { title: 'new story 1' }]);
  });

  it('renames, moves and unsubscribes feeds, renames and deletes folders, through the library', async () => {
    setUp();
    const feed = h.addFeed({ url: server.url('/kept.xml'), title: 'Kept' });
    const folder = h.section('Old name');
    expect(await backend.moveFeed(feed, folder)).toMatchObject({ id: feed, sectionId: folder });
    expect(await backend.renameFeed(feed, 'Renamed')).toMatchObject({ id: feed, title: 'Renamed' });
    expect(await backend.renameFolder(folder, 'New name')).toMatchObject({ id: folder, name: 'New name' });
    await backend.deleteFolder(folder);
    expect(h.feed(feed)).toMatchObject({ title: 'Renamed', sectionId: null });
    await backend.unsubscribe(feed);
    expect(h.feeds()).toEqual([]);
  });
});
