import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { restoreBackup } from '../../../electron/core/backup/restore-backup';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { createFixture, entries, NOW, type Fixture } from '../library/support/library-fixture';
import { buildLibrary, syncHandlers } from './support/backup-fixture';
import { snapshot } from './support/library-snapshot';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

function track<T extends Fixture>(f: T): T {
  fixtures.push(f);
  return f;
}

describe('backup and restore into an empty profile', () => {
  it('reproduces the library exactly: sections, feeds and options, bookmarks with content, tags, notes and images, read state, settings', async () => {
    const source = track(await buildLibrary());
    const file = join(source.dir, 'library.bsbackup');
    const settings = {
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      notifications: { enabled: true, sectionIds: [syncHandlers(source.handlers)['sections.list']()[0]!.id] },
    };
    const manifest = createBackup(source.library.db(), file, {
      dataDir: source.dir,
      appVersion: '9.9.9',
      settings,
      now: NOW,
    });
    expect(manifest.counts).toEqual({
      accounts: 1,
      sections: 3,
      feeds: 3,
      bookmarks: 3,
      readMarks: 2,
      images: 2,
      rules: 0,
    });
    expect(readdirSync(source.dir).filter((name) => name.endsWith('.part'))).toEqual([]);

    const target = track(createFixture());
    const result = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(result.summary).toMatchObject({
      sections: { added: 3, merged: 0 },
      feeds: { added: 3, merged: 0 },
      bookmarks: { added: 3, merged: 0 },
      readMarks: 2,
      images: 2,
    });

    const before = snapshot(source.library.db(), source.dir);
    const after = snapshot(target.library.db(), target.dir);
    expect(after).toEqual(before);
    expect(before.bookmarks).toHaveLength(3);
    expect(before.bookmarks[0]!.images.filter((image) => image.bytes !== null)).toHaveLength(2);

    // Settings come back with the notification section mapped to the section it became.
    const restored = result.settings as typeof settings;
    expect(restored.theme).toBe('sepia');
    const targetCalls = syncHandlers(target.handlers);
    const koreaId = targetCalls['sections.list']().find((s) => s.name === 'Korea')!.id;
    expect(restored.notifications.sectionIds).toEqual([koreaId]);
  });

  it('keeps read state of articles it did not carry: they arrive read when their feed is fetched again', async () => {
    const source = track(await buildLibrary());
    const file = join(source.dir, 'b.bsbackup');
    createBackup(source.library.db(), file, { dataDir: source.dir, appVersion: '1', settings: null, now: NOW });
    const target = track(createFixture());
    const result = restoreBackup(target.library.db(), file, { dataDir: target.dir, now: NOW });
    expect(result.settings).toBeNull();
    const targetCalls = syncHandlers(target.handlers);
    const feed = targetCalls['feeds.list']().find((f) => f.title === 'Seoul Times')!;
    target.ingest(feed.id, entries(6, 'a1'));
    const read = targetCalls['articles.list']({
      scope: { kind: 'feed', feedId: feed.id },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    }).items.filter((a) => a.isRead);
    expect(read.map((a) => a.title).sort()).toEqual(['a1 story 0', 'a1 story 2']);
    expect(syncHandlers(target.handlers)['feeds.get'](feed.id).unreadCount).toBe(4);
  });

  it('writes nothing under the final name when the backup fails half way', async () => {
    const source = track(await buildLibrary());
    const file = join(source.dir, 'missing-folder', 'b.bsbackup');
    expect(() =>
      createBackup(source.library.db(), file, { dataDir: source.dir, appVersion: '1', settings: null, now: NOW }),
    ).toThrow();
    expect(existsSync(file)).toBe(false);
  });
});
