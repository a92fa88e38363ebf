import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../electron/api/contract';
import type { Feed } from '../../../electron/api/library-models';
import type { Account } from '../../../electron/api/methods/accounts';
import type { Section } from '../../../electron/api/models';
import { createStructureHandlers } from '../../../electron/core/accounts/structure-handlers';
import { createLibraryHandlers } from '../../../electron/core/library/library-handlers';
import {
  accountInputFor,
  startGReaderFake,
  type FakeServiceId,
  type GReaderFake,
} from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

/** The library's subscription and folder actions, routed by account: a remote account's server is asked first. */
let fake: GReaderFake;
let local: LocalSide;
let online = true;
let events: EventName[] = [];
let handlers: ReturnType<typeof createLibraryHandlers>;
let account: Account;

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

async function setUp(service: FakeServiceId = 'freshrss'): Promise<void> {
  fake = await startGReaderFake({ service });
  online = true;
  events = [];
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs(), undefined, { isOnline: () => online });
  const world = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  fake.addItems(world.streamId, 2);
  const seoul = fake.addFeed('https://feeds.example/seoul.xml', 'Seoul', ['Korea']);
  fake.addItems(seoul.streamId, 2);
  // The handlers as the core composes them, with the events they send seen.
  const emit = (event: EventName) => void events.push(event);
  const library = createLibraryHandlers(local.library, { emit, now: () => fake.store.nowMs() });
  handlers = {
    ...library,
    ...createStructureHandlers({
      db: () => local.library.db(),
      accounts: local.accounts,
      library,
      emit,
      now: () => fake.store.nowMs(),
    }),
  };
  account = await local.accounts.add(accountInputFor(fake));
  expect((await local.accounts.sync(account.id)).status).toBe('ok');
  events = [];
}

const feedHere = (url: string) =>
  (handlers['feeds.list']() as Feed[]).find((feed) => feed.url === url && feed.accountId === account.id)!;
const sectionHere = (name: string) =>
  (handlers['sections.list']() as Section[]).find((entry) => entry.accountId === account.id && entry.name === name)!;
const edits = () => fake.requestsTo('reader/api/0/subscription/edit').length;
const WORLD = 'https://feeds.example/world.xml';

describe('subscriptions and folders of a sync service’s account', () => {
  it('a refusal of the server changes nothing here and sends no event', async () => {
    await setUp();
    fake.failNext({ endpoint: 'reader/api/0/subscription/edit', status: 400 });
    await expect(handlers['feeds.update'](feedHere(WORLD).id, { title: 'The World' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/refused the change \(HTTP 400\), so the feed was not renamed/),
    });
    expect(feedHere(WORLD).title).toBe('World');
    fake.failNext({ endpoint: 'reader/api/0/subscription/edit', status: 500 });
    await expect(handlers['feeds.remove'](feedHere(WORLD).id)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(feedHere(WORLD)).toBeDefined();
    fake.failNext({ endpoint: 'reader/api/0/disable-tag', status: 500 });
    await expect(handlers['sections.delete'](sectionHere('Korea').id)).rejects.toMatchObject({
      message: expect.stringMatching(/failed \(HTTP 500\), so the folder was not deleted: try again later/),
    });
    expect(sectionHere('Korea')).toBeDefined();
    expect(events).toEqual([]);
    expect(fake.subscriptions().map((entry) => entry.title)).toEqual(['World', 'Seoul']);
  });

  it('offline, the reader is told a connection is needed and nothing is sent or changed', async () => {
    await setUp();
    online = false;
    const before = fake.requests.length;
    await expect(handlers['feeds.update'](feedHere(WORLD).id, { title: 'The World' })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: `Renaming a feed needs a connection to ${account.name}: try again when online.`,
    });
    await expect(handlers['feeds.move'](feedHere(WORLD).id, sectionHere('Korea').id)).rejects.toMatchObject({
      message: `Moving a feed needs a connection to ${account.name}: try again when online.`,
    });
    await expect(handlers['sections.rename'](sectionHere('Korea').id, 'Asia')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    expect(fake.requests.length).toBe(before);
    expect(feedHere(WORLD)).toMatchObject({ title: 'World', sectionId: sectionHere('World News').id });
    expect(sectionHere('Korea')).toBeDefined();
    // A feed's own options stay on this computer: they change offline, and the server is not asked.
    const updated = await handlers['feeds.update'](feedHere(WORLD).id, { options: { fullText: true, paused: true } });
    expect(updated.options).toMatchObject({ fullText: true, paused: true });
    expect(fake.requests.length).toBe(before);
    expect(events).toEqual(['library.countsChanged']);
  });

  it('without a password it asks for it; a password the server refuses makes the account ask too', async () => {
    await setUp();
    local.accounts.setCredentials([{ id: account.id, password: null, appKey: null }]);
    await expect(handlers['feeds.remove'](feedHere(WORLD).id)).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
      message: expect.stringMatching(/needs your password, so the feed was not removed: enter it in Settings/),
    });
    expect(edits()).toBe(0);
    local.accounts.setCredentials([{ id: account.id, password: fake.password, appKey: null }]);
    fake.changePassword('changed-elsewhere');
    fake.expireSessions();
    await expect(handlers['feeds.remove'](feedHere(WORLD).id)).rejects.toMatchObject({ code: 'AUTH_REFUSED' });
    expect(feedHere(WORLD)).toBeDefined();
    expect(local.accounts.list().find((entry) => entry.id === account.id)?.status).toBe('needs-password');
  });

  it('a change the server confirmed is made here too, and the views are told', async () => {
    await setUp();
    const moved = await handlers['feeds.move'](feedHere(WORLD).id, sectionHere('Korea').id);
    expect(moved.sectionId).toBe(sectionHere('Korea').id);
    expect(fake.subscriptions().find((entry) => entry.url === WORLD)?.folders).toEqual(['Korea']);
    const renamed = await handlers['sections.rename'](sectionHere('Korea').id, 'Asia');
    expect(renamed.name).toBe('Asia');
    expect(fake.labels().map((label) => label.name)).toContain('Asia');
    expect(events).toEqual(['library.countsChanged', 'library.countsChanged']);
  });

  it('a folder named like another of the account is refused before the server is asked', async () => {
    await setUp();
    expect(() => handlers['sections.create']('Korea', account.id)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: `${account.name} already has a folder named “Korea”.` }),
    );
    await expect(handlers['sections.rename'](sectionHere('World News').id, 'Korea')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(fake.requestsTo('reader/api/0/rename-tag')).toHaveLength(0);
    // A folder made here lives here until a feed goes into it: renaming and deleting it need no server.
    const later = await handlers['sections.create']('Later', account.id);
    online = false;
    expect((await handlers['sections.rename'](later.id, 'Much later')).name).toBe('Much later');
    await handlers['sections.delete'](later.id);
    expect(sectionHere('Much later')).toBeUndefined();
  });

  it('a folder made here becomes the server’s folder of that name when another device makes it', async () => {
    await setUp();
    const later = handlers['sections.create']('Later', account.id) as Section;
    await local.accounts.sync(account.id);
    expect(sectionHere('Later').id).toBe(later.id);
    fake.moveFeed(fake.subscriptions()[1]!.streamId, 'Later');
    await local.accounts.sync(account.id);
    const named = (handlers['sections.list']() as Section[]).filter((entry) => entry.name === 'Later');
    expect(named.map((entry) => entry.id)).toEqual([later.id]);
    expect(feedHere('https://feeds.example/seoul.xml').sectionId).toBe(later.id);
  });

  it('the feeds and sections of this computer change exactly as before, without any server', async () => {
    await setUp();
    online = false;
    const before = fake.requests.length;
    const section = handlers['sections.create']('Mine');
    expect(section).not.toBeInstanceOf(Promise);
    const feed = handlers['feeds.add']({ url: 'https://local.example/feed.xml', title: 'Local' }) as Feed;
    expect(feed.accountId).toBe('local');
    // Answers come at once, as the library gives them (no server to wait for).
    const renamed = handlers['feeds.update'](feed.id, { title: 'Local, renamed' });
    expect(renamed).toMatchObject({ title: 'Local, renamed' });
    expect(handlers['feeds.move'](feed.id, (section as Section).id)).toMatchObject({
      sectionId: (section as Section).id,
    });
    expect(handlers['sections.rename']((section as Section).id, 'Ours')).toMatchObject({ name: 'Ours' });
    expect(handlers['sections.delete']((section as Section).id)).toBeNull();
    expect(handlers['feeds.remove'](feed.id)).toBeNull();
    expect(fake.requests.length).toBe(before);
  });
});

describe('the Google Reader account behind AccountBackend', () => {
  it('subscribes in a section through the library’s ids, and answers the feed the next sync brought', async () => {
    await setUp();
    const backend = local.accounts.backendOf(account.id);
    expect(backend.kind).toBe('greader');
    const outcome = await backend.subscribe('https://feeds.example/busan.xml', sectionHere('Korea').id);
    expect(outcome).toMatchObject({
      kind: 'subscribed',
      feed: { url: 'https://feeds.example/busan.xml', sectionId: sectionHere('Korea').id },
    });
    expect(fake.subscriptions().find((entry) => entry.url.endsWith('busan.xml'))?.folders).toEqual(['Korea']);
  });
});

describe('a service that keeps every feed in a folder (Miniflux)', () => {
  it('refuses to take a feed out of every folder, and says why', async () => {
    await setUp('miniflux');
    await expect(handlers['feeds.move'](feedHere(WORLD).id, null)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: 'Miniflux keeps every feed in a folder: move it to another folder instead.',
    });
    expect(edits()).toBe(0);
    expect(feedHere(WORLD).sectionId).toBe(sectionHere('World News').id);
  });

  it('deleting a folder puts its feeds in another one on the server, as the next sync shows', async () => {
    await setUp('miniflux');
    await handlers['sections.delete'](sectionHere('World News').id);
    expect(feedHere(WORLD).sectionId).toBeNull();
    expect(fake.subscriptions().find((entry) => entry.url === WORLD)?.folders).toEqual(['Korea']);
    await local.accounts.sync(account.id);
    expect(feedHere(WORLD).sectionId).toBe(sectionHere('Korea').id);
  });
});
