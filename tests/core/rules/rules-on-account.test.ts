/**
 * Rules on a sync service's articles: they run as each page of items is stored, and what they mark read or
 * bookmark reaches the server through the outbox at the next sync, like the reader's own changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../electron/api/methods/accounts';
import { createRulesHandlers } from '../../../electron/core/rules/rules-handlers';
import { createFetchTransport } from '../../support/fetch-transport';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { openLocalSide, type LocalSide } from '../accounts/conformance/local-side';
import type { SyncHandlers } from './support/sync-handlers';

let fake: GReaderFake;
let local: LocalSide;
let account: Account;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs());
  const rules = createRulesHandlers(local.library, {
    emit: () => undefined,
    now: () => local.clock.now,
  }) as SyncHandlers;
  const save = (value: string, actions: Parameters<SyncHandlers['rules.save']>[0]['actions']) =>
    rules['rules.save']({
      name: value,
      enabled: true,
      match: 'all',
      conditions: [{ field: 'title', op: 'contains', value }],
      actions,
    });
  save('press release', [{ type: 'mark-read' }]);
  save('samsung', [{ type: 'bookmark' }]);
  save('gossip', [{ type: 'hide' }]);
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']).streamId;
  const titles = ['Press release: results', 'Samsung opens a plant', 'Celebrity gossip', 'Summit opens'];
  fake.addItems(feed, titles.length, (index) => ({ title: titles[index]! }));
});

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

describe('rules on an account’s articles', () => {
  it('mark read and bookmark go to the server through the outbox; hide stays here', async () => {
    account = await local.accounts.add(accountInputFor(fake));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    const rows = local.articles(account.id);
    const byTitle = (title: string) => rows.find((row) => row.title === title)!;
    expect(byTitle('Press release: results')).toMatchObject({ read: true, bookmarked: false, hidden: false });
    expect(byTitle('Samsung opens a plant')).toMatchObject({ read: false, bookmarked: true });
    expect(byTitle('Celebrity gossip')).toMatchObject({ read: false, hidden: true });
    expect(byTitle('Summit opens')).toMatchObject({ read: false, bookmarked: false, hidden: false });
    expect(local.outboxSize(account.id)).toBe(2);

    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', pushed: 2 });
    expect(local.outboxSize(account.id)).toBe(0);
    const remote = (title: string) => fake.store.items.find((item) => item.title === title)!;
    expect(remote('Press release: results')).toMatchObject({ read: true, starred: false });
    expect(remote('Samsung opens a plant')).toMatchObject({ read: false, starred: true });
    // Hiding is the reader's view here only: the server's item is untouched.
    expect(remote('Celebrity gossip')).toMatchObject({ read: false, starred: false });
    // And the server's state, pulled back, does not undo what the rules did.
    expect(local.articles(account.id).find((row) => row.title === 'Press release: results')!.read).toBe(true);
  });

  it('an apply on an account’s articles goes through the outbox, and its undo takes it back there too', async () => {
    account = await local.accounts.add(accountInputFor(fake));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    await local.accounts.sync(account.id);
    const rules = createRulesHandlers(local.library, {
      emit: () => undefined,
      now: () => local.clock.now,
    }) as SyncHandlers;
    const summit = rules['rules.save']({
      name: 'Summit',
      enabled: true,
      match: 'all',
      conditions: [{ field: 'title', op: 'contains', value: 'summit' }],
      actions: [{ type: 'mark-read' }, { type: 'bookmark' }],
    });
    expect(rules['rules.apply'](summit.id)).toEqual({ changed: 1 });
    await local.accounts.sync(account.id);
    const remote = () => fake.store.items.find((item) => item.title === 'Summit opens')!;
    expect(remote()).toMatchObject({ read: true, starred: true });
    expect(rules['rules.undoApply']()).toEqual({ restored: 1 });
    await local.accounts.sync(account.id);
    expect(remote()).toMatchObject({ read: false, starred: false });
    expect(local.articles(account.id).find((row) => row.title === 'Summit opens')).toMatchObject({
      read: false,
      bookmarked: false,
    });
  });
});
