import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

let fake: GReaderFake;
let local: LocalSide;
let online = true;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  online = true;
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs(), undefined, { isOnline: () => online });
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  fake.addItems(feed.streamId, 3);
});
afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

const add = () => local.accounts.add(accountInputFor(fake));

describe('account service', () => {
  it('a server asking to wait (429 with Retry-After) is not called again before that time', async () => {
    const account = await add();
    fake.failNext({ endpoint: 'reader/api/0/tag/list', status: 429, headers: { 'Retry-After': '120' } });
    const limited = await local.accounts.sync(account.id);
    expect(limited).toMatchObject({ status: 'error' });
    expect(limited.error).toMatch(/wait 2 minutes/);
    const before = fake.requests.length;
    const skipped = await local.accounts.sync(account.id);
    expect(skipped.error).toMatch(/asked to wait until/);
    expect(fake.requests.length).toBe(before);
    local.clock.now = fake.store.nowMs() + 121_000;
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
  });

  it('offline, no sync starts and nothing is sent', async () => {
    const account = await add();
    online = false;
    const before = fake.requests.length;
    const summary = await local.accounts.sync(account.id);
    expect(summary.error).toMatch(/Offline/);
    expect(fake.requests.length).toBe(before);
  });

  it('the schedule syncs only accounts not synced within the interval', async () => {
    const account = await add();
    await local.accounts.sync(account.id);
    expect(await local.accounts.syncDue(30 * 60_000)).toEqual([]);
    local.clock.now = fake.store.nowMs() + 31 * 60_000;
    expect((await local.accounts.syncDue(30 * 60_000)).map((summary) => summary.id)).toEqual([account.id]);
  });

  it('quitting sends the outbox and pulls nothing', async () => {
    const account = await add();
    await local.accounts.sync(account.id);
    const [first] = local.articles(account.id);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [first!.id] }, true);
    expect(countPendingChanges(local.library.db(), account.id)).toBe(1);
    const pulls = fake.requestsTo('reader/api/0/stream/items/ids').length;
    await local.accounts.flush(3_000);
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect(fake.readIds()).toHaveLength(1);
    expect(fake.requestsTo('reader/api/0/stream/items/ids')).toHaveLength(pulls);
  });

  it('a failed sync keeps "last synced" at the last sync that worked and says the changes made here are kept', async () => {
    const account = await add();
    await local.accounts.sync(account.id);
    const syncedAt = local.accounts.list().find((entry) => entry.id === account.id)!.lastSyncAt;
    const [first, second] = local.articles(account.id);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [first!.id, second!.id] }, true);
    local.clock.now = fake.store.nowMs() + 5 * 60_000;
    fake.failNext({ endpoint: 'reader/api/0/edit-tag', status: 503 });
    const failed = await local.accounts.sync(account.id);
    expect(failed.status).toBe('error');
    expect(failed.error).toMatch(/Your 2 changes made here are kept and sent at the next sync\.$/);
    const shown = local.accounts.list().find((entry) => entry.id === account.id)!;
    expect(shown).toMatchObject({ status: 'error', lastSyncAt: syncedAt, lastError: failed.error });
    // The schedule paces retries by the attempt, not by the last success.
    expect(await local.accounts.syncDue(30 * 60_000)).toEqual([]);
  });

  it('a sync that ran before the host handed the password over stops saying it has none once it arrives', async () => {
    const account = await add();
    // The app starts: the schedule's sync runs before the host has read its secrets (the service holds none yet).
    local.accounts.setCredentials([{ id: account.id, password: null, appKey: null }]);
    expect((await local.accounts.sync(account.id)).status).toBe('needs-password');
    local.accounts.setCredentials([{ id: account.id, password: fake.password, appKey: null }]);
    expect(local.accounts.list().find((entry) => entry.id === account.id)).toMatchObject({
      status: 'ok',
      lastError: null,
    });
    expect((await local.accounts.sync(account.id)).status).toBe('ok');

    // A password the server refused is not mended by handing the same one over again.
    fake.changePassword('changed-on-the-phone');
    fake.expireSessions();
    expect((await local.accounts.sync(account.id)).status).toBe('needs-password');
    local.accounts.setCredentials([{ id: account.id, password: fake.password, appKey: null }]);
    expect(local.accounts.list().find((entry) => entry.id === account.id)?.status).toBe('needs-password');
  });
});
