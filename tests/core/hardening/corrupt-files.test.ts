import Conf from 'conf';
import { copyFileSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { newIncomingFile } from '../../../electron/core/backup/incoming-files';
import { findExport } from '../../../electron/core/export/export-files';
import { LIBRARY_FILE } from '../../../electron/core/service';
import { NoticeBoard } from '../../../electron/host/notices';
import { openSettingsService } from '../../../electron/host/settings-service';
import { makeTempDir } from '../../support/temp-dir';
import { call, wireError } from './support/core-child';
import { coreIn } from './support/core-in-process';

/**
 * Corrupt and foreign files: each gives the reader a clear message and a way
 * forward, and nothing is silently deleted (the original bytes are still
 * where the message says). Covered elsewhere, not repeated: a settings file
 * truncated mid-write (tests/host/settings-service.test.ts) and a library with
 * scribbled pages that still opens and reports INTEGRITY
 * (tests/core/db/open-store.test.ts).
 */
let dirs: ReturnType<typeof makeTempDir>[] = [];
const tally = { cases: 0, failures: 0 };
function folder() {
  const dir = makeTempDir('broadsheet-corrupt-');
  dirs.push(dir);
  return dir.path;
}
afterEach((context) => {
  tally.cases += 1;
  if (context.task.result?.state === 'fail') tally.failures += 1;
  for (const dir of dirs) dir.cleanup();
  dirs = [];
});
afterAll(() => console.log(`corrupt-files suite: ${tally.cases} cases, ${tally.failures} failures`));

/** A library with one feed, two articles and a bookmark, closed. */
async function seededLibrary(dataDir: string): Promise<void> {
  const { core } = coreIn(dataDir);
  const db = core.library.db();
  const feed = await call(core, 'feeds.add', { url: 'https://example.com/feed.xml', title: 'Example' });
  const insert = db.prepare(
    "INSERT INTO articles (feed_id, identity, guid, title, text, sort_time, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, 0, 'h')",
  );
  for (let i = 0; i < 400; i += 1)
    insert.run(Number(feed.id), `g:${i}`, `${i}`, `Story ${i}`, `body ${'word '.repeat(100)}`, i);
  await call(core, 'bookmarks.set', '1', { tags: ['keep'], note: 'mine' });
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await core.shutdown();
}

describe('a library file that cannot be read', () => {
  for (const [name, damage] of [
    ['garbage', (path: string) => writeFileSync(path, 'this is not a database '.repeat(300))],
    ['a header cut short (truncated to 60 bytes)', (path: string) => truncateSync(path, 60)],
    [
      'zeroed header',
      (path: string) => writeFileSync(path, Buffer.concat([Buffer.alloc(100), readFileSync(path).subarray(100)])),
    ],
    [
      'truncated to a third, mid-page',
      (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 3) + 123),
    ],
  ] as const) {
    it(`${name}: is moved aside with its bytes, a fresh library starts, and the message says where`, async () => {
      const dataDir = folder();
      await seededLibrary(dataDir);
      const path = join(dataDir, LIBRARY_FILE);
      damage(path);
      const original = readFileSync(path);

      const { core } = coreIn(dataDir);
      const status = await call(core, 'library.status');
      expect(status.state).toBe('degraded');
      const [problem] = status.problems;
      expect(problem?.code).toBe('MOVED_ASIDE');
      const aside = readdirSync(dataDir).filter((file) => /^library\.corrupt-.+\.sqlite$/.test(file));
      expect(aside).toHaveLength(1);
      expect(problem?.message).toContain(join(dataDir, aside[0]!));
      expect(problem?.message).toMatch(/Restore a backup or import your subscriptions/);
      expect(readFileSync(join(dataDir, aside[0]!)).equals(original)).toBe(true);
      // The way forward works: the new library takes subscriptions.
      await call(core, 'feeds.add', { url: 'https://example.org/feed.xml', title: 'Again' });
      expect(await call(core, 'feeds.list')).toHaveLength(1);
      await core.shutdown();
    });
  }
});

describe('a library from a newer version', () => {
  it('is refused byte for byte, with the way forward (update) in the message', async () => {
    const dataDir = folder();
    await seededLibrary(dataDir);
    const path = join(dataDir, LIBRARY_FILE);
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 999');
    db.close();
    const original = readFileSync(path);
    const { core } = coreIn(dataDir);
    const status = await call(core, 'library.status');
    expect(status).toMatchObject({ state: 'unavailable', problems: [{ code: 'NEWER_VERSION' }] });
    expect(status.problems[0]?.message).toMatch(/newer version of Broadsheet.*Update Broadsheet.*left untouched/);
    await expect(call(core, 'feeds.list')).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringMatching(/newer version/),
    });
    await core.shutdown();
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('a damaged settings file', () => {
  function openSettings(cwd: string) {
    const notices = new NoticeBoard(() => undefined);
    const service = openSettingsService({
      open: () => new Conf({ cwd, configName: 'config', projectName: 'Broadsheet' }),
      notices,
      emit: () => undefined,
    });
    return { service, notices };
  }
  for (const [name, bytes] of [
    ['binary garbage', Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x22, 0x00, 0x89, 0x50])],
    ['an empty file', Buffer.alloc(0)],
  ] as const) {
    it(`${name}: starts on defaults, tells the reader, and keeps the bytes`, () => {
      const dir = folder();
      writeFileSync(join(dir, 'config.json'), bytes);
      const { service, notices } = openSettings(dir);
      expect(service.get()).toEqual(DEFAULT_SETTINGS);
      const kept = readdirSync(dir).filter((file) => file.startsWith('config.corrupt-'));
      if (bytes.length > 0) {
        expect(notices.list()[0]?.message).toContain(kept[0]);
        expect(readFileSync(join(dir, kept[0]!)).equals(bytes)).toBe(true);
      }
      service.update({ theme: 'dark' });
      expect(openSettings(dir).service.get().theme).toBe('dark');
    });
  }
});

describe('a malformed OPML file', () => {
  for (const [name, text] of [
    ['not XML at all', 'Subscriptions: https://example.com/feed.xml'],
    ['XML that is not OPML', '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>'],
    ['OPML without a body', '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head></opml>'],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD'],
  ] as const) {
    it(`${name}: a clear message, and the subscriptions are unchanged`, async () => {
      const dataDir = folder();
      await seededLibrary(dataDir);
      const { core } = coreIn(dataDir);
      const before = await call(core, 'feeds.list');
      let message: string;
      try {
        const result = await call(core, 'opml.import', text);
        message = JSON.stringify(result);
      } catch (error) {
        const wire = wireError(error);
        expect(wire.code).not.toBe('INTERNAL');
        message = wire.message;
      }
      expect(message).toMatch(/OPML|subscription|feeds?/i);
      expect((await call(core, 'feeds.list')).map((f) => f.url)).toEqual(before.map((f) => f.url));
      await core.shutdown();
    });
  }
});

describe('an OPML file carrying an entity bomb', () => {
  it('is read leniently without expanding anything, and the warning says so', async () => {
    const dataDir = folder();
    const { core } = coreIn(dataDir);
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE o [<!ENTITY e0 "lol">${entities}]><opml version="2.0"><body><outline text="&e9;" xmlUrl="https://x.example/feed.xml"/></body></opml>`;
    const result = await call(core, 'opml.import', bomb);
    expect(result.warnings.join(' ')).toMatch(/not well-formed.*read leniently/);
    const titles = (await call(core, 'feeds.list')).map((feed) => feed.title);
    expect(titles.join('').length).toBeLessThan(100);
    await core.shutdown();
  });
});

describe('a damaged backup', () => {
  for (const [name, damage] of [
    ['cut in half', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      'with bytes flipped in the middle',
      (bytes: Buffer) =>
        Buffer.concat([
          bytes.subarray(0, bytes.length >> 1),
          Buffer.from(bytes.subarray(bytes.length >> 1, (bytes.length >> 1) + 64).map((b) => b ^ 0xff)),
          bytes.subarray((bytes.length >> 1) + 64),
        ]),
    ],
  ] as const) {
    it(`${name}: refused with a clear message, the library unchanged, the reader's file kept`, async () => {
      const dataDir = folder();
      await seededLibrary(dataDir);
      const { core } = coreIn(dataDir);
      const written = await call(core, 'backup.write', { settings: null });
      const file = findExport(dataDir, written.token)!;
      // The reader's own file stays where they keep it; the app restores from its copy in the incoming folder.
      const picked = join(folder(), 'my-backup.zip');
      writeFileSync(picked, damage(readFileSync(file.path)));
      const damaged = readFileSync(picked);
      const incoming = newIncomingFile(dataDir);
      copyFileSync(picked, incoming.path);
      await call(core, 'bookmarks.remove', '1');
      const before = { feeds: await call(core, 'feeds.list'), tags: await call(core, 'bookmarks.tags') };

      const error = await call(core, 'backup.apply', incoming.token).then(
        () => null,
        (thrown: unknown) => wireError(thrown),
      );
      expect(error?.code).not.toBe('INTERNAL');
      expect(error?.message).toMatch(
        /backup.*(damaged|could not be read|not a Broadsheet backup).*Nothing was changed/,
      );
      expect({ feeds: await call(core, 'feeds.list'), tags: await call(core, 'bookmarks.tags') }).toEqual(before);
      expect(readFileSync(picked).equals(damaged)).toBe(true);
      await core.shutdown();
    });
  }
});
