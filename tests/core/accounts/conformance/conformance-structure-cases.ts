/**
 * The conformance cases about subscriptions and folders: changed on another device, imported from OPML, a feed of
 * this computer moved into the account, and changes made here reaching the server (or waiting for it, unchanged).
 */
import { expect, it } from 'vitest';
import { importIntoAccount } from '../../../../electron/core/accounts/import-into-account';
import { moveFeedToAccount } from '../../../../electron/core/accounts/move-feed-to-account';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { readOpmlText } from '../../../../electron/core/sync/subscriptions';
import type { ConformanceContext } from './conformance-context';

export function structureCases(c: ConformanceContext): void {
  it('subscriptions removed or moved on another device follow here; bookmarks of a removed feed stay', async () => {
    const world = await c.remote.addFeed('World', 'World News', 2);
    const seoul = await c.remote.addFeed('Seoul', 'Korea', 2);
    await c.add();
    await c.sync();
    const seoulItem = c.local.articles(c.account.id).find((row) => row.feed === seoul)!;
    c.local.handlers['bookmarks.set'](seoulItem.id, { note: 'mine' });
    await c.sync();
    await c.remote.removeFeed(seoul);
    await c.remote.moveFeed(world, 'Korea');
    await c.sync();
    const rows = c.local.articles(c.account.id);
    expect(rows.filter((row) => row.feed === world).every((row) => row.section === 'Korea')).toBe(true);
    expect(rows.filter((row) => row.feed === seoul).map((row) => row.id)).toEqual([seoulItem.id]);
    expect(
      (c.local.handlers['articles.get'](seoulItem.id) as { bookmark: { note: string } | null }).bookmark?.note,
    ).toBe('mine');
  });

  c.needs('subscriptions')(
    'an OPML import subscribes each feed on the server in its folder; one it cannot fetch is listed with why',
    async () => {
      const world = await c.remote.addFeed('World', 'World News', 1);
      const science = (await c.remote.offerFeed('Science', 2)).url;
      const loose = (await c.remote.offerFeed('Loose', 1)).url;
      const gone = c.remote.unfetchableFeedUrl();
      await c.add();
      await c.sync();
      const outline = (url: string, title: string) => `<outline type="rss" text="${title}" xmlUrl="${url}"/>`;
      const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
        <outline text="Lab">${outline(science, 'Science')}${outline(gone, 'Gone')}</outline>
        <outline text="World News">${outline(world, 'World')}</outline>${outline(loose, 'Loose')}</body></opml>`;
      const db = c.local.library.db();
      const result = await importIntoAccount(
        db,
        c.local.accounts.serverSteps(c.account.id),
        c.account.id,
        readOpmlText(opml),
      );
      expect(result).toMatchObject({ imported: 2, skipped: 1, failed: 1 });
      expect(result.entries.filter((entry) => entry.status === 'failed').map((entry) => entry.url)).toEqual([gone]);
      // The sync after the import brought the feeds into their sections, with their items.
      const rows = c.local.articles(c.account.id);
      expect(rows.filter((row) => row.feed === science).map((row) => row.section)).toEqual(['Lab', 'Lab']);
      expect(rows.filter((row) => row.feed === loose)).toHaveLength(1);
      expect(c.local.sections(c.account.id)).toContain('Lab');
    },
  );

  c.needs('subscriptions')(
    'a feed polled here moves to the account: read and bookmarks reach the server, no copy stays behind',
    async () => {
      const blog = await c.remote.offerFeed('Blog', 3);
      const here = c.local.handlers['feeds.add']({ url: blog.url, title: 'Blog' }) as { id: string };
      const links = [...blog.links, 'https://elsewhere.example/an-old-post'];
      const ids = upsertArticles(
        c.local.library.db(),
        here.id,
        links.map((link, index) => ({ guid: `here-${index}`, url: link, title: `Here ${index}` })),
        c.remote.now(),
      ).ids;
      c.local.handlers['articles.markRead']({ kind: 'articles', ids: [ids[0]!] }, true);
      c.local.handlers['bookmarks.set'](ids[1]!, { note: 'worth it', tags: ['later'] });
      c.local.handlers['bookmarks.set'](ids[3]!, { note: 'the server never had it' });
      await c.add();
      await c.sync();
      const moved = await moveFeedToAccount(
        () => c.local.library.db(),
        c.local.accounts.serverSteps(c.account.id),
        { feedId: here.id, accountId: c.account.id, sectionId: null },
        () => c.remote.now(),
      );
      expect(moved.accountId).toBe(c.account.id);
      const feeds = c.local.handlers['feeds.list']() as { url: string }[];
      expect(feeds.filter((feed) => feed.url === blog.url)).toHaveLength(1);
      const read = await c.remote.readIds();
      const starred = await c.remote.starredIds();
      expect(read.size).toBe(1);
      expect(starred.size).toBe(1);
      expect(c.localRead()).toEqual(read);
      const starredHere = c.localIdOf([...starred][0]!);
      expect(c.local.handlers['articles.get'](starredHere)).toMatchObject({
        url: blog.links[1],
        bookmark: { note: 'worth it', tags: ['later'] },
      });
      // The three the server has, plus the bookmarked one it never had, kept here.
      const rows = c.local.articles(c.account.id).filter((row) => row.feed === blog.url);
      expect(rows).toHaveLength(4);
      expect(rows.filter((row) => row.bookmarked)).toHaveLength(2);
    },
  );

  c.needs('subscriptions')(
    'subscriptions and folders changed here reach the server, and the next sync keeps them',
    async () => {
      const world = await c.remote.addFeed('World', 'World News', 2);
      const seoul = await c.remote.addFeed('Seoul', 'Korea', 2);
      const busan = await c.remote.addFeed('Busan', 'Korea', 2);
      await c.add();
      await c.sync();

      await c.local.handlers['feeds.update'](c.feedHere(world).id, { title: 'The World' });
      expect((await c.subscriptionOf(world))?.title).toBe('The World');

      await c.local.handlers['feeds.move'](c.feedHere(seoul).id, c.sectionHere('World News').id);
      expect((await c.subscriptionOf(seoul))?.folders).toEqual(['World News']);

      await c.local.handlers['sections.rename'](c.sectionHere('Korea').id, 'Asia');
      expect(await c.remote.folders()).toContain('Asia');
      expect(await c.remote.folders()).not.toContain('Korea');
      expect((await c.subscriptionOf(busan))?.folders).toEqual(['Asia']);

      // Unsubscribing here keeps the article bookmarked here, as for a feed polled by this computer.
      const kept = c.local.articles(c.account.id).find((row) => row.feed === busan)!;
      c.local.handlers['bookmarks.set'](kept.id, { note: 'mine' });
      await c.sync();
      await c.local.handlers['feeds.remove'](c.feedHere(busan).id);
      expect(await c.subscriptionOf(busan)).toBeUndefined();

      // The folder goes on the server; its feeds stay subscribed, outside it.
      await c.local.handlers['sections.delete'](c.sectionHere('World News').id);
      expect(await c.remote.folders()).not.toContain('World News');
      for (const url of [world, seoul]) {
        const subscription = await c.subscriptionOf(url);
        expect(subscription).toBeDefined();
        expect(subscription!.folders).not.toContain('World News');
      }

      expect((await c.sync()).status).toBe('ok');
      expect(c.feedHere(world).title).toBe('The World');
      expect(c.feedsHere().map((feed) => feed.url)).not.toContain(busan);
      expect(c.local.sections(c.account.id)).not.toContain('World News');
      expect(c.local.sections(c.account.id)).not.toContain('Korea');
      expect(
        c.local
          .articles(c.account.id)
          .filter((row) => row.feed === busan)
          .map((row) => row.id),
      ).toEqual([kept.id]);
      expect((c.local.handlers['articles.get'](kept.id) as { bookmark: { note: string } | null }).bookmark?.note).toBe(
        'mine',
      );
    },
  );

  c.needs('folders')(
    'a folder made here stays until a feed is moved into it, then it is the server’s folder',
    async () => {
      const world = await c.remote.addFeed('World', 'World News', 1);
      await c.add();
      await c.sync();
      const later = await c.local.handlers['sections.create']('Read later', c.account.id);
      expect(later.accountId).toBe(c.account.id);
      await c.sync();
      expect(c.local.sections(c.account.id)).toContain('Read later');
      await c.local.handlers['feeds.move'](c.feedHere(world).id, later.id);
      expect((await c.subscriptionOf(world))?.folders).toEqual(['Read later']);
      await c.sync();
      expect(c.local.sections(c.account.id).filter((name) => name === 'Read later')).toHaveLength(1);
      expect(c.feedHere(world).sectionId).toBe(later.id);
    },
  );

  c.needs('subscriptions')(
    'a change the server cannot take now changes nothing here, and works once it is back',
    async () => {
      const world = await c.remote.addFeed('World', 'World News', 1);
      await c.add();
      await c.sync();
      await c.remote.down();
      await expect(
        c.local.handlers['feeds.update'](c.feedHere(world).id, { title: 'The World' }),
      ).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/could not be reached/),
      });
      await expect(c.local.handlers['sections.delete'](c.sectionHere('World News').id)).rejects.toMatchObject({
        code: 'UNAVAILABLE',
      });
      expect(c.feedHere(world).title).toBe('World');
      expect(c.local.sections(c.account.id)).toContain('World News');
      await c.remote.up();
      expect((await c.subscriptionOf(world))?.title).toBe('World');
      await c.local.handlers['feeds.update'](c.feedHere(world).id, { title: 'The World' });
      expect((await c.subscriptionOf(world))?.title).toBe('The World');
      expect(c.feedHere(world).title).toBe('The World');
    },
  );
}
