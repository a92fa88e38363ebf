import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/errors';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { FeverFake } from '../../support/fever-fake/fever-fake';
import { openLocalSide, type LocalSide } from './conformance/local-side';

const URL = 'http://127.0.0.1:9/api/fever.php';
let fake: FeverFake;
let local: LocalSide;

function open(options: ConstructorParameters<typeof FeverFake>[0] = {}) {
  fake = new FeverFake(options);
  local = openLocalSide(fake.transport(), () => fake.nowSeconds * 1000);
  const world = fake.addGroup('World News');
  fake.addGroup('Empty');
  const feed = fake.addFeed('World', 'https://feeds.example/world.xml', [world]);
  return { feed };
}

const add = () => local.accounts.add({ kind: 'fever', url: URL, user: fake.user, password: fake.password });
const byTitle = (accountId: string, title: string) => local.articles(accountId).find((row) => row.title === title)!;

afterEach(async () => {
  await local.accounts.idle();
  local.close();
});

describe('a Fever account', () => {
  it('is added only when the server accepts the key, and lists as kind fever with its capabilities', async () => {
    open();
    await expect(
      local.accounts.add({ kind: 'fever', url: URL, user: fake.user, password: 'wrong' }),
    ).rejects.toMatchObject({ code: 'AUTH_REFUSED', message: 'The server refused this user name or password.' });
    expect(local.accounts.list()).toHaveLength(1);
    const account = await add();
    expect(account).toMatchObject({ kind: 'fever', service: 'fever', url: URL, user: 'reader', status: 'ok' });
    expect(account.capabilities).toEqual({
      subscriptions: false,
      folders: false,
      starred: true,
      markAllOnServer: false,
      itemLabels: false,
    });
  });

  it('first sync: groups as sections, more than 50 items across pages, unread and saved as on the server', async () => {
    const { feed } = open({ integerIds: true });
    const ids = Array.from({ length: 120 }, (_, at) =>
      fake.addItem(feed, { title: `Story ${at}`, read: at < 100, saved: at === 3 }),
    );
    const account = await add();
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', error: null });
    expect(local.sections(account.id)).toEqual(['World News']);
    // The 20 unread and the saved one at first; later items arrive by since_id, 50 at most per call.
    const rows = local.articles(account.id);
    expect(rows.filter((row) => !row.read)).toHaveLength(20);
    expect(byTitle(account.id, 'Story 3')).toMatchObject({ read: true, bookmarked: true });
    expect(fake.calls.filter((call) => call.items !== undefined).every((call) => call.items! <= 50)).toBe(true);
    const more = Array.from({ length: 70 }, (_, at) => fake.addItem(feed, { title: `Late ${at}` }));
    const next = await local.accounts.sync(account.id);
    expect(next.newArticles).toBe(70);
    expect(local.articles(account.id).filter((row) => !row.read)).toHaveLength(90);
    expect(ids.length + more.length).toBe(190);
  });

  it('sends read and starred changes made here, and takes those made on the server', async () => {
    const { feed } = open();
    const [a, b] = [fake.addItem(feed, { title: 'A' }), fake.addItem(feed, { title: 'B' })];
    const account = await add();
    await local.accounts.sync(account.id);
    const rowA = byTitle(account.id, 'A');
    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, true);
    local.handlers['bookmarks.set'](rowA.id, { note: '' });
    fake.item(b)!.saved = true;
    fake.item(b)!.read = true;
    const summary = await local.accounts.sync(account.id);
    expect(summary.status).toBe('ok');
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect(fake.item(a)!).toMatchObject({ read: true, saved: true });
    expect(byTitle(account.id, 'B')).toMatchObject({ read: true, bookmarked: true });
  });

  it('a star replayed after a crash is not flipped back on a server where saved toggles', async () => {
    const { feed } = open({ savedToggles: true });
    const a = fake.addItem(feed, { title: 'A' });
    const account = await add();
    await local.accounts.sync(account.id);
    local.handlers['bookmarks.set'](byTitle(account.id, 'A').id, { note: '' });
    // The server already has the star (sent before a crash, never confirmed here): the replay sends nothing.
    fake.item(a)!.saved = true;
    await local.accounts.sync(account.id);
    expect(fake.item(a)!.saved).toBe(true);
  });

  it('a refused key at sync makes the account need its password', async () => {
    const { feed } = open();
    fake.addItem(feed);
    const account = await add();
    fake.password = 'changed-on-the-server';
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'needs-password', error: 'The server refused the saved password.' });
  });

  it('refuses what Fever cannot do, with a sentence', async () => {
    open();
    const account = await add();
    const backend = local.accounts.backendOf(account.id);
    await expect(backend.subscribe('https://x.example/feed.xml', null)).rejects.toBeInstanceOf(ApiError);
    await expect(backend.renameFolder('1', 'New')).rejects.toThrow(/Fever API, which cannot rename folders/);
  });
});
