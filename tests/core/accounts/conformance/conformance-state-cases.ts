/**
 * The conformance cases about items and their state: the first sync, what another device changed, what was changed
 * here while the server was away or on both sides, mark all as read, bookmark tags as labels, passwords, old unread
 * items and a 10,000-item account.
 */
import { expect, it } from 'vitest';
import { OLDER_CHUNKS_PER_PULL } from '../../../../electron/core/accounts/greader-pull';
import type { ConformanceContext } from './conformance-context';
import type { ConformanceTarget } from './remote-side';

const DAY_MS = 86_400_000;
/** Older unread items one sync fetches (every Google Reader service asks 250 contents per request). */
const OLDER_PER_SYNC = OLDER_CHUNKS_PER_PULL * 250;

export function stateCases(target: ConformanceTarget, c: ConformanceContext): void {
  it('first sync: folders become sections, unread and starred items arrive, starred is bookmarked', async () => {
    const world = await c.remote.addFeed('World', 'World News', 5);
    await c.remote.addFeed('Seoul', 'Korea', 3);
    await c.remote.addFeed('Loose', null, 2);
    const ids = await c.remote.itemIds();
    await c.remote.markRead(ids.slice(0, 3), true);
    await c.remote.star([ids[1]!, ids[6]!], true);
    await c.add();
    const summary = await c.sync();
    // Bodies of every unread and every starred item (read ones that are not starred stay on the server).
    expect(summary).toMatchObject({ status: 'ok', error: null, newArticles: 8 });
    // In the server's order; a server may also show its own folder for feeds in none (FreshRSS: "Uncategorized").
    const sections = c.local.sections(c.account.id);
    expect(sections.filter((name) => name === 'World News' || name === 'Korea').sort()).toEqual([
      'Korea',
      'World News',
    ]);
    const rows = c.local.articles(c.account.id);
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row.feed === world)).toHaveLength(3);
    expect(rows.filter((row) => row.feed === world).every((row) => row.section === 'World News')).toBe(true);
    expect(c.localRead()).toEqual(new Set([ids[1]]));
    expect(c.localStarred()).toEqual(await c.remote.starredIds());
    expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)).toMatchObject({
      status: 'ok',
      unreadCount: 7,
      feedCount: 3,
    });
  });

  it('new items and state changes made on another device arrive at the next sync', async () => {
    const feed = await c.remote.addFeed('World', 'World News', 3);
    await c.add();
    await c.sync();
    const fresh = await c.remote.addItems(feed, 2);
    const [first] = await c.remote.itemIds();
    await c.remote.markRead([first!], true);
    await c.remote.star([first!], true);
    const summary = await c.sync();
    expect(summary.newArticles).toBe(2);
    expect(c.local.articles(c.account.id)).toHaveLength(5);
    for (const id of fresh) expect(c.local.idsByRemote(c.account.id).has(id)).toBe(true);
    expect(c.localRead()).toEqual(new Set([first]));
    expect(c.localStarred()).toEqual(new Set([first]));
    await c.remote.markRead([first!], false);
    await c.remote.star([first!], false);
    await c.sync();
    expect(c.localRead()).toEqual(new Set());
    expect(c.localStarred()).toEqual(new Set());
  });

  it('changes made here while the server is away are kept, never reverted, and reach the server later', async () => {
    await c.remote.addFeed('World', 'World News', 4);
    await c.add();
    await c.sync();
    const ids = await c.remote.itemIds();
    await c.remote.down();
    c.local.handlers['articles.markRead'](
      { kind: 'articles', ids: [c.localIdOf(ids[0]!), c.localIdOf(ids[1]!)] },
      true,
    );
    c.local.handlers['bookmarks.set'](c.localIdOf(ids[2]!), { note: 'keep this' });
    const failed = await c.sync();
    expect(failed.status).toBe('error');
    expect(failed.error).toMatch(/reached|answer/i);
    expect(c.localRead()).toEqual(new Set([ids[0], ids[1]]));
    expect(c.localStarred()).toEqual(new Set([ids[2]]));
    expect(c.local.outboxSize(c.account.id)).toBe(3);
    await c.remote.up();
    const ok = await c.sync();
    expect(ok).toMatchObject({ status: 'ok', pushed: 3 });
    expect(await c.remote.readIds()).toEqual(new Set([ids[0], ids[1]]));
    expect(await c.remote.starredIds()).toEqual(new Set([ids[2]]));
    expect(c.local.outboxSize(c.account.id)).toBe(0);
  });

  it('the same article changed on both sides: the change made here wins, the other side’s other change stays', async () => {
    await c.remote.addFeed('World', 'World News', 2);
    const id = (await c.remote.itemIds())[0]!;
    await c.add();
    await c.sync();
    await c.remote.markRead([id], true);
    await c.sync();
    expect(c.localRead().has(id)).toBe(true);
    // Here the reader marks it unread again; meanwhile the other device stars it (and it stays read there).
    c.local.handlers['articles.markRead']({ kind: 'articles', ids: [c.localIdOf(id)] }, false);
    await c.remote.star([id], true);
    await c.remote.markRead([id], true);
    await c.sync();
    expect(c.localRead().has(id)).toBe(false);
    expect((await c.remote.readIds()).has(id)).toBe(false);
    expect(c.localStarred().has(id)).toBe(true);
    // Read then unread here before a sync cancel out: nothing is sent, the server's state stands.
    c.local.handlers['articles.markRead']({ kind: 'articles', ids: [c.localIdOf(id)] }, true);
    c.local.handlers['articles.markRead']({ kind: 'articles', ids: [c.localIdOf(id)] }, false);
    expect(c.local.outboxSize(c.account.id)).toBe(0);
  });

  it('mark all as read for a section reaches the server; what arrived there after it stays unread', async () => {
    const world = await c.remote.addFeed('World', 'World News', 3);
    await c.remote.addFeed('Seoul', 'Korea', 2);
    await c.add();
    await c.sync();
    const sections = c.local.handlers['sections.list']() as { id: string; name: string }[];
    const section = sections.find((entry) => entry.name === 'World News')!;
    c.local.handlers['articles.markRead']({ kind: 'section', sectionId: section.id }, true);
    // One of them unread again after the mark-all: that wish wins, whichever way the mark-all travels.
    const again = c.local.articles(c.account.id).find((row) => row.feed === world)!;
    c.local.handlers['articles.markRead']({ kind: 'articles', ids: [again.id] }, false);
    // New on the server after the reader marked all, before the push: the reader never saw it.
    const later = await c.remote.addItems(world, 1);
    await c.sync();
    const read = await c.remote.readIds();
    expect(read.size).toBe(2);
    expect(read.has(c.remoteOf(again.id))).toBe(false);
    expect(read.has(later[0]!)).toBe(false);
    expect(c.localRead()).toEqual(read);
    expect(c.local.outboxSize(c.account.id)).toBe(0);
  });

  it('bookmark tags travel as item labels both ways where the service keeps them; a folder-named tag stays here', async () => {
    const world = await c.remote.addFeed('World', 'World News', 2);
    await c.add();
    await c.sync();
    const [first, second] = c.local.articles(c.account.id).filter((row) => row.feed === world);
    c.local.handlers['bookmarks.set'](first!.id, { tags: ['later', 'World News'] });
    await c.remote.star([c.remoteOf(second!.id)], true);
    await c.remote.label([c.remoteOf(second!.id)], 'phone', true);
    await c.sync();
    const tagsOf = (id: string) =>
      (c.local.handlers['articles.get'](id) as { bookmark: { tags: string[] } | null }).bookmark?.tags;
    // Written here: always kept here (the folder-named one too); on the server only where it keeps labels.
    expect(tagsOf(first!.id)).toEqual(['World News', 'later']);
    expect(await c.remote.labelsOf(c.remoteOf(first!.id))).toEqual(c.remote.keepsItemLabels ? ['later'] : []);
    expect(tagsOf(second!.id)).toEqual(c.remote.keepsItemLabels ? ['phone'] : []);
    if (!c.remote.keepsItemLabels) return;
    await c.remote.label([c.remoteOf(first!.id)], 'later', false);
    c.local.handlers['bookmarks.set'](second!.id, { tags: [] });
    await c.sync();
    expect(tagsOf(first!.id)).toEqual(['World News']);
    expect(await c.remote.labelsOf(c.remoteOf(second!.id))).toEqual([]);
  });

  it('a refused password saves nothing; a password changed elsewhere asks for the new one, which mends it', async () => {
    await c.remote.addFeed('World', 'World News', 1);
    await expect(c.local.accounts.add({ ...c.remote.input, password: 'wrong-password' })).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
    });
    expect(c.local.accounts.list().map((entry) => entry.id)).toEqual(['local']);
    await c.add();
    await c.sync();
    await c.remote.changePassword('a-new-password');
    // The session may outlive the change on some servers: a new client is what a restart of the app has.
    c.local.accounts.setCredentials([
      { id: c.account.id, password: c.remote.input.password, appKey: c.remote.input.appKey ?? null },
    ]);
    const refused = await c.sync();
    expect(refused.status).toBe('needs-password');
    expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)?.status).toBe('needs-password');
    await expect(c.local.accounts.setPassword(c.account.id, 'still-wrong')).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
    });
    await c.local.accounts.setPassword(c.account.id, 'a-new-password');
    expect((await c.sync()).status).toBe('ok');
  });

  it('unread counts match the server even for old items', async () => {
    const feed = await c.remote.addFeed('World', 'World News', 5);
    const ids = await c.remote.itemIds();
    await c.remote.markRead(ids.slice(0, 2), true);
    // The reader adds the account long after the server fetched these (servers date items by their own fetch,
    // so the app's clock moves instead): all are older than the unread articles downloaded at first.
    c.local.clock.now = c.remote.now() + 100 * DAY_MS;
    await c.add();
    const first = await c.sync();
    expect(first).toMatchObject({ status: 'ok', newArticles: 3, unreadToDownload: 0 });
    expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)).toMatchObject({
      unreadCount: 3,
      unreadToDownload: 0,
    });
    expect(new Set(c.local.idsByRemote(c.account.id).keys())).toEqual(new Set(ids.slice(2)));
    // Read on another device, and new items fetched by the server since: the count follows.
    await c.remote.markRead([ids[2]!], true);
    const fresh = await c.remote.addItems(feed, 2);
    c.local.clock.now = Math.max(c.local.clock.now, c.remote.now()) + 60_000;
    expect(await c.sync()).toMatchObject({ status: 'ok', newArticles: 2, unreadToDownload: 0 });
    expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)?.unreadCount).toBe(4);
    for (const id of fresh) expect(c.local.idsByRemote(c.account.id).has(id)).toBe(true);
    expect(c.localRead()).toEqual(new Set([ids[2]]));
  });

  if (target.large)
    it('older unread items arrive over several syncs, counted from the first', async () => {
      const perSync = target.olderPerSync ?? OLDER_PER_SYNC;
      const older = perSync + 50;
      await c.remote.addFeed('World', 'World News', older);
      c.local.clock.now = c.remote.now() + 100 * DAY_MS;
      await c.add();
      expect(await c.sync()).toMatchObject({ status: 'ok', newArticles: perSync, unreadToDownload: 50 });
      expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)?.unreadCount).toBe(older);
      // The newest first: what waits is the oldest.
      const ids = await c.remote.itemIds();
      const stored = c.local.idsByRemote(c.account.id);
      expect(ids.filter((id) => !stored.has(id))).toEqual(ids.slice(0, 50));
      await c.remote.markRead(ids.slice(0, 10), true);
      expect(await c.sync()).toMatchObject({ status: 'ok', newArticles: 40, unreadToDownload: 0 });
      expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)?.unreadCount).toBe(older - 10);
      expect(c.local.articles(c.account.id)).toHaveLength(older - 10);
    }, 60_000);

  if (target.large)
    it('a 10,000-item account syncs completely', async () => {
      for (let feed = 0; feed < 20; feed++) await c.remote.addFeed(`Feed ${feed}`, `Folder ${feed % 4}`, 500);
      const ids = await c.remote.itemIds();
      await c.remote.markRead(
        ids.filter((_, index) => index % 2 === 0),
        true,
      );
      await c.remote.star(
        ids.filter((_, index) => index % 100 === 0),
        true,
      );
      await c.add();
      let summary = await c.sync();
      expect(summary.status).toBe('ok');
      // 5,000 unread and the 100 starred (all among the read half) have their bodies here: at the first sync
      // where the ids carry dates (Google Reader), over a few where they do not (Fever: `olderPerSync` a sync).
      if (target.olderPerSync === undefined) expect(summary.newArticles).toBe(5_100);
      // Counted completely from the first sync either way.
      expect(c.local.accounts.list().find((entry) => entry.id === c.account.id)?.unreadCount).toBe(5_000);
      expect(c.localStarred().size).toBe(100);
      let total = summary.newArticles;
      for (let round = 0; summary.unreadToDownload > 0 && round < 10; round++) {
        summary = await c.sync();
        total += summary.newArticles;
      }
      expect(total).toBe(5_100);
      expect(summary.unreadToDownload).toBe(0);
    }, 120_000);
}
