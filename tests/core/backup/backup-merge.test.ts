import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { NOTE_SEPARATOR } from '../../../electron/core/library/bookmarks';
import { restoreBackup } from '../../../electron/core/backup/restore-backup';
import { createFixture, entries, NOW, type Fixture } from '../library/support/library-fixture';
import { buildLibrary, syncHandlers } from './support/backup-fixture';
import { snapshot } from './support/library-snapshot';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

/** A used profile that shares a section, a feed and a bookmarked article with the backup, and has its own. */
function usedProfile(): Fixture {
  const f = createFixture();
  fixtures.push(f);
  const h = syncHandlers(f.handlers);
  const mine = f.addSection('Mine');
  f.addSection('korea '); // the backup's "Korea", typed differently
  // Same URL as the backup's "Seoul Times" (feed-1), with options of its own and no section.
  const seoul = f.addFeed('My Seoul');
  h['feeds.update'](seoul, { options: { refreshMinutes: 15 } });
  const own = h['feeds.add']({ url: 'https://elsewhere.example/rss', title: 'Only here', sectionId: mine }).id;
  const shared = f.ingest(seoul, entries(3, 'a1'));
  const local = f.ingest(own, entries(2, 'own'));
  h['bookmarks.set'](shared[0]!, { tags: ['korea', 'mine'], note: 'My own note' });
  h['bookmarks.set'](local[0]!, { tags: ['local'], note: 'local only' });
  h['articles.markRead']({ kind: 'articles', ids: [shared[1]!, local[1]!] }, true);
  return f;
}

describe('restore into a used profile', () => {
  it('merges without duplicates and without losing anything on either side', async () => {
    const source = await buildLibrary();
    fixtures.push(source);
    const file = join(source.dir, 'b.bsbackup');
    createBackup(source.library.db(), file, { dataDir: source.dir, appVersion: '1', settings: null, now: NOW });
    const target = usedProfile();
    const h = syncHandlers(target.handlers);

    const result = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(result.summary.sections).toEqual({ added: 2, merged: 1 });
    expect(result.summary.feeds).toEqual({ added: 2, merged: 1 });
    expect(result.summary.bookmarks).toEqual({ added: 2, merged: 1 });

    // Sections: the library's own first, then the backup's new ones in its order; "Korea" matched "korea ".
    expect(h['sections.list']().map((s) => s.name)).toEqual(['Mine', 'korea ', 'World', 'Empty']);
    // Feeds: one per URL; the local feed kept its options and gained the backup's section.
    const feeds = h['feeds.list']();
    expect(feeds.map((f) => f.url).sort()).toEqual([
      'https://elsewhere.example/rss',
      'https://example.com/feed-1.xml',
      'https://example.com/feed-2.xml',
    ]);
    const seoul = feeds.find((f) => f.url.endsWith('feed-1.xml'))!;
    expect(seoul).toMatchObject({ title: 'My Seoul', options: { refreshMinutes: 15, fullText: false } });
    expect(h['sections.list']().find((s) => s.id === seoul.sectionId)?.name).toBe('korea ');

    // Bookmarks: union; the shared one has both tag sets and both notes.
    const bookmarks = h['articles.list']({
      scope: { kind: 'bookmarks' },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    }).items;
    expect(bookmarks).toHaveLength(4);
    const shared = h['articles.get'](bookmarks.find((a) => a.title === 'a1 story 0')!.id);
    expect(shared.bookmark).toMatchObject({
      tags: ['korea', 'long read', 'mine'],
      note: `My own note${NOTE_SEPARATOR}Read again`,
    });
    expect(shared.fullTextHtml).toBe('<p>Full bookmarked text</p>');
    expect(shared.isRead).toBe(true);
    expect(h['bookmarks.tags']().map((t) => t.tag)).toEqual(['korea', 'local', 'long read', 'mine', 'world']);
    // Read state: read on either side stays read.
    const seoulRead = h['articles.list']({
      scope: { kind: 'feed', feedId: seoul.id },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    }).items.filter((a) => a.isRead);
    expect(seoulRead.map((a) => a.title).sort()).toEqual(['a1 story 0', 'a1 story 1', 'a1 story 2']);
    expect(h['articles.counts']().bookmarks).toBe(4);
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    const source = await buildLibrary();
    fixtures.push(source);
    const file = join(source.dir, 'b.bsbackup');
    createBackup(source.library.db(), file, { dataDir: source.dir, appVersion: '1', settings: null, now: NOW });
    const target = usedProfile();
    restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    const once = snapshot(target.library.db(), target.dir);
    const again = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(again.summary.bookmarks).toEqual({ added: 0, merged: 3 });
    expect(again.summary.feeds.added + again.summary.sections.added).toBe(0);
    expect(snapshot(target.library.db(), target.dir)).toEqual(once);
  });
});
