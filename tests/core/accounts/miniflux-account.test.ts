import { afterEach, describe, expect, it } from 'vitest';
import type { AddAccountInput } from '../../../electron/api/methods/accounts';
import { get } from '../../../electron/core/db/sql';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { createFetchTransport } from '../../support/fetch-transport';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { openLocalSide, type LocalSide } from './conformance/local-side';
import { inputFor } from './conformance/miniflux-fake-target';

let fake: MinifluxFake;
let local: LocalSide;

async function open(variant: 'new' | 'old' = 'new') {
  fake = await startMinifluxFake({ variant });
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs());
  const world = fake.store.addCategory('World News');
  const feed = fake.store.addFeed('https://feeds.example/world.xml', 'World', world.id);
  return { feed };
}

const add = (auth: 'token' | 'password' = 'token') => local.accounts.add(inputFor(fake, auth));
const titled = (accountId: string, title: string) => local.articles(accountId).find((row) => row.title === title)!;

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

describe('a Miniflux account', () => {
  it('is added with an API key, named for the user the server gives, with its capabilities', async () => {
    await open();
    const account = await add('token');
    expect(account).toMatchObject({
      kind: 'miniflux',
      service: 'miniflux-api',
      name: 'Miniflux (reader)',
      user: 'reader',
      status: 'ok',
    });
    expect(account.capabilities).toEqual({
      subscriptions: true,
      folders: true,
      starred: true,
      markAllOnServer: false,
      itemLabels: false,
    });
    // Only the key was sent: no user name and password.
    expect(fake.requests.every((request) => request.headers.authorization === undefined)).toBe(true);
  });

  it('is added with a user name and password', async () => {
    await open();
    const account = await add('password');
    expect(account).toMatchObject({ kind: 'miniflux', user: 'reader', name: 'Miniflux (reader)' });
    expect(fake.requests.at(-1)?.headers.authorization).toMatch(/^Basic /);
  });

  it('refuses a key or password the server refuses, and saves nothing', async () => {
    await open();
    const wrongKey: AddAccountInput = { ...inputFor(fake, 'token'), password: 'not-the-key' };
    await expect(local.accounts.add(wrongKey)).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
      message: 'The server refused this API key or user name and password.',
    });
    await expect(
      local.accounts.add({ kind: 'miniflux', auth: 'password', url: fake.origin, password: fake.password }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS', message: /needs your user name/ });
    expect(local.accounts.list()).toHaveLength(1);
  });

  it('a key revoked on the server makes the account need it again; a key of another user is refused', async () => {
    const { feed } = await open();
    fake.store.addEntries(feed.id, 1);
    const account = await add('token');
    fake.revokeCredentials();
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'needs-password', error: 'The server refused the saved API key.' });
    fake.changeCredentials({ token: 'a-new-key' });
    await local.accounts.setPassword(account.id, 'a-new-key');
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
  });

  it('syncs categories, entries and states both ways', async () => {
    const { feed } = await open();
    const [a, b] = fake.store.addEntries(feed.id, 2);
    const account = await add();
    expect(await local.accounts.sync(account.id)).toMatchObject({ status: 'ok', newArticles: 2 });
    expect(local.sections(account.id)).toContain('World News');
    const rowA = titled(account.id, a!.title);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, true);
    local.handlers['bookmarks.set'](rowA.id, { note: '' });
    fake.store.advanceClock(1000);
    fake.store.setStatus([b!.id], 'read');
    fake.store.setStarred([b!.id], true);
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect(fake.store.entries.get(a!.id)).toMatchObject({ status: 'read', starred: true });
    expect(titled(account.id, b!.title)).toMatchObject({ read: true, bookmarked: true });
    // Nothing new, nothing changed: the next sync asks what changed and stops there.
    const before = fake.requests.length;
    expect(await local.accounts.sync(account.id)).toMatchObject({ status: 'ok', newArticles: 0 });
    const asked = fake.requests.slice(before).filter((request) => request.path === 'v1/entries');
    expect(asked.map((request) => request.query.get('status') ?? request.query.get('starred'))).toEqual([null, null]);
  });

  it('a star replayed after a crash is not flipped back on a server whose bookmark toggles', async () => {
    const { feed } = await open('old');
    const [a] = fake.store.addEntries(feed.id, 1);
    const account = await add();
    await local.accounts.sync(account.id);
    local.handlers['bookmarks.set'](titled(account.id, a!.title).id, { note: '' });
    // The server already has the star (sent before a crash, never confirmed here): the replay must not toggle it.
    fake.store.setStarred([a!.id], true);
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(fake.store.entries.get(a!.id)!.starred).toBe(true);
    expect(fake.requestsTo(`v1/entries/${a!.id}/bookmark`, 'PUT')).toHaveLength(0);
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    // The way this server takes stars was learnt once and kept with the account's cursor: no probe at the next start.
    const row = get<{ state: string }>(local.library.db(), 'SELECT state FROM accounts WHERE id = ?', account.id)!;
    expect(JSON.parse(row.state)).toMatchObject({ starMode: 'toggle' });
  });
});
