import { afterEach, describe, expect, it } from 'vitest';
import { countPendingChanges } from '../../../electron/core/library/outbox/push-changes';
import { startFeedbinFake, type FeedbinFake } from '../../support/feedbin-fake/feedbin-fake';
import { isoMicros } from '../../support/feedbin-fake/fake-store';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

/** A Feedbin account against the Feedbin fake on 127.0.0.1 (Feedbin is hosted only: the fake follows its docs). */
let fake: FeedbinFake;
let local: LocalSide;

async function open() {
  fake = await startFeedbinFake();
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs());
}

const add = () => local.accounts.add({ kind: 'feedbin', url: fake.apiUrl, user: fake.user, password: fake.password });
const byTitle = (accountId: string, title: string) => local.articles(accountId).find((row) => row.title === title)!;
const unreadHere = (accountId: string) => local.articles(accountId).filter((row) => !row.read);

afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

describe('a Feedbin account', () => {
  it('is added only when Feedbin accepts the password, and lists as kind feedbin with its capabilities', async () => {
    await open();
    await expect(
      local.accounts.add({ kind: 'feedbin', url: fake.apiUrl, user: fake.user, password: 'wrong' }),
    ).rejects.toMatchObject({ code: 'AUTH_REFUSED', message: 'The server refused this user name or password.' });
    expect(local.accounts.list()).toHaveLength(1);
    const account = await add();
    expect(account).toMatchObject({
      kind: 'feedbin',
      service: 'feedbin',
      name: `Feedbin (${fake.user})`,
      url: fake.apiUrl,
      user: fake.user,
      status: 'ok',
    });
    expect(account.capabilities).toEqual({
      subscriptions: true,
      folders: true,
      starred: true,
      markAllOnServer: false,
      itemLabels: false,
    });
  });

  it('first sync: taggings as sections, unread entries over several pages, read ones only when starred', async () => {
    await open();
    const world = fake.store.addFeed('https://world.example/feed.xml', 'World', { tags: ['News', 'World'] });
    fake.store.addFeed('https://quiet.example/feed.xml', 'Quiet');
    const read = fake.store.addEntries(world.feedId, 100, { unread: false });
    fake.store.addEntries(world.feedId, 150);
    fake.store.star([read[3]!]);
    const account = await add();
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', error: null, newArticles: 151 });
    // Folders in name order; a feed tagged twice shows under its newest tagging.
    expect(local.sections(account.id)).toEqual(['News', 'World']);
    expect(local.articles(account.id).every((row) => row.section === 'World')).toBe(true);
    expect(unreadHere(account.id)).toHaveLength(150);
    expect(byTitle(account.id, `Entry ${read[3]}`)).toMatchObject({ read: true, bookmarked: true });
    const unreadPages = fake.requestsTo('entries.json').filter((request) => request.query.get('read') === 'false');
    expect(unreadPages.map((request) => request.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(local.accounts.list().find((entry) => entry.id === account.id)).toMatchObject({
      unreadCount: 150,
      feedCount: 2,
    });
  });

  it('later syncs ask for what arrived since the newest entry seen, read ones too', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World', { tags: ['News'] });
    const first = fake.store.addEntries(feed.feedId, 3);
    const account = await add();
    await local.accounts.sync(account.id);
    const newest = fake.store.entry(Number(first[2]))!;
    fake.store.advanceClock(60_000);
    const later = fake.store.addEntries(feed.feedId, 130);
    fake.store.markRead(later.slice(0, 10));
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', newArticles: 130 });
    const delta = fake.requestsTo('entries.json').filter((request) => request.query.has('since'));
    expect(delta.at(-1)!.query.get('since')).toBe(isoMicros(newest.createdAtUs));
    expect(delta.filter((request) => request.query.get('page') === '2')).toHaveLength(1);
    expect(unreadHere(account.id)).toHaveLength(123);
    // Nothing new: the cursor moved to the newest of those, and the next delta is empty.
    expect((await local.accounts.sync(account.id)).newArticles).toBe(0);
    const last = fake.store.entry(Number(later.at(-1)))!;
    expect(
      fake
        .requestsTo('entries.json')
        .filter((request) => request.query.has('since'))
        .at(-1)!
        .query.get('since'),
    ).toBe(isoMicros(last.createdAtUs));
  });

  it('sends read and starred changes made here, and takes those made on Feedbin', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World');
    const [a, b] = fake.store.addEntries(feed.feedId, 2);
    const account = await add();
    await local.accounts.sync(account.id);
    const rowA = byTitle(account.id, `Entry ${a}`);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, true);
    local.handlers['bookmarks.set'](rowA.id, { note: '' });
    fake.store.star([b!]);
    fake.store.markRead([b!]);
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', pushed: 2 });
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect([fake.store.isUnread(a!), fake.store.isStarred(a!)]).toEqual([false, true]);
    expect(byTitle(account.id, `Entry ${b}`)).toMatchObject({ read: true, bookmarked: true });
    // And back: unread and unstarred here, read and unstarred there.
    local.handlers['articles.markRead']({ kind: 'articles', ids: [rowA.id] }, false);
    local.handlers['bookmarks.remove'](rowA.id);
    fake.store.markUnread([b!]);
    fake.store.unstar([b!]);
    await local.accounts.sync(account.id);
    expect([fake.store.isUnread(a!), fake.store.isStarred(a!)]).toEqual([true, false]);
    expect(byTitle(account.id, `Entry ${b}`)).toMatchObject({ read: false, bookmarked: false });
  });

  it('mark all as read goes as ids, 1,000 per request at most, and every one arrives', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World', { tags: ['News'] });
    fake.store.addEntries(feed.feedId, 1_200);
    const account = await add();
    await local.accounts.sync(account.id);
    expect(unreadHere(account.id)).toHaveLength(1_200);
    const section = (local.handlers['sections.list']() as { id: string; name: string }[]).find(
      (entry) => entry.name === 'News',
    )!;
    local.handlers['articles.markRead']({ kind: 'section', sectionId: section.id }, true);
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'ok', pushed: 1_200 });
    const sent = fake
      .requestsTo('unread_entries.json', 'DELETE')
      .map((request) => (request.json as { unread_entries: number[] }).unread_entries.length);
    expect(sent).toEqual([1_000, 200]);
    expect(fake.store.unread.size).toBe(0);
  });

  it('a change Feedbin leaves out of its answer (the feed was unsubscribed elsewhere) is done with', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World');
    const [a] = fake.store.addEntries(feed.feedId, 1);
    const account = await add();
    await local.accounts.sync(account.id);
    local.handlers['articles.markRead']({ kind: 'articles', ids: [byTitle(account.id, `Entry ${a}`).id] }, true);
    fake.store.unsubscribe(Number(feed.subscriptionId));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(countPendingChanges(local.library.db(), account.id)).toBe(0);
    expect((await local.accounts.sync(account.id)).pushed).toBe(0);
  });

  it('a password changed on feedbin.com makes the account need its password', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World');
    fake.store.addEntries(feed.feedId, 1);
    const account = await add();
    fake.changePassword('changed-on-feedbin');
    const summary = await local.accounts.sync(account.id);
    expect(summary).toMatchObject({ status: 'needs-password', error: 'Feedbin refused the saved password.' });
  });

  it('a change Feedbin fails or refuses changes nothing here, and says so', async () => {
    await open();
    const feed = fake.store.addFeed('https://world.example/feed.xml', 'World', { tags: ['News'] });
    const account = await add();
    await local.accounts.sync(account.id);
    const section = (local.handlers['sections.list']() as { id: string; name: string }[]).find(
      (entry) => entry.name === 'News',
    )!;
    fake.failNext({ endpoint: 'tags.json', method: 'POST', status: 500 });
    await expect(local.handlers['sections.rename'](section.id, 'World News')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/failed \(HTTP 500\), so the folder was not renamed: try again later\./),
    });
    fake.failNext({ endpoint: `subscriptions/${feed.subscriptionId}.json`, method: 'PATCH', status: 403 });
    const feedHere = (local.handlers['feeds.list']() as { id: string; accountId: string }[]).find(
      (entry) => entry.accountId === account.id,
    )!;
    await expect(local.handlers['feeds.update'](feedHere.id, { title: 'Mine' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/refused the change \(HTTP 403\), so the feed was not renamed\./),
    });
    expect(local.sections(account.id)).toEqual(['News']);
    expect([...fake.store.taggings.values()].map((tagging) => tagging.name)).toEqual(['News']);
    expect(
      (local.handlers['feeds.list']() as { id: string; title: string }[]).find((f) => f.id === feedHere.id),
    ).toMatchObject({ title: 'World' });
  });

  it('subscribes into a folder, offers the choices of a site with several feeds, and finds one already followed', async () => {
    await open();
    fake.store.addFeed('https://world.example/feed.xml', 'World');
    const atom = fake.store.addFeed('https://site.example/atom.xml', 'Site (Atom)', { subscribed: false });
    const rss = fake.store.addFeed('https://site.example/rss.xml', 'Site (RSS)', { subscribed: false });
    fake.store.addSite('https://site.example/', [atom.feedId, rss.feedId]);
    fake.store.addEntries(rss.feedId, 2);
    const account = await add();
    await local.accounts.sync(account.id);
    const backend = local.accounts.backendOf(account.id);
    const section = local.handlers['sections.create']('Later', account.id) as { id: string };

    const choices = await backend.subscribe('https://site.example/', section.id);
    expect(choices).toEqual({
      kind: 'choose',
      candidates: [
        { url: 'https://site.example/atom.xml', title: 'Site (Atom)', format: 'atom', source: 'link', latest: [] },
        { url: 'https://site.example/rss.xml', title: 'Site (RSS)', format: 'rss', source: 'link', latest: [] },
      ],
    });
    const subscribed = await backend.subscribe('https://site.example/rss.xml', section.id);
    expect(subscribed).toMatchObject({ kind: 'subscribed', feed: { url: 'https://site.example/rss.xml' } });
    expect([...fake.store.taggings.values()]).toEqual([expect.objectContaining({ name: 'Later' })]);
    expect(local.sections(account.id)).toEqual(['Later']);
    expect(local.articles(account.id).filter((row) => row.feed === 'https://site.example/rss.xml')).toHaveLength(2);

    // Through the account service (the Add feed dialog's path): a site with one feed subscribes to that feed,
    // which Feedbin keeps under the feed's own address; the feed is found all the same.
    const single = fake.store.addFeed('https://one.example/feed.xml', 'One', { subscribed: false });
    fake.store.addSite('https://one.example/', [single.feedId]);
    const one = await local.accounts.subscribe(account.id, 'https://one.example/', null);
    expect(one).toMatchObject({ url: 'https://one.example/feed.xml', title: 'One' });

    const again = await backend.subscribe('https://world.example/feed.xml', null);
    expect(again).toMatchObject({ kind: 'subscribed', feed: { url: 'https://world.example/feed.xml' } });
    expect(fake.store.subscriptions.size).toBe(3);
  });
});
