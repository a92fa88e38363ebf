import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryStatus } from '../../../electron/api/library-models';
import { openStore } from '../../../electron/core/db/open-store';
import { all, transaction } from '../../../electron/core/db/sql';
import { LIBRARY_FILE } from '../../../electron/core/service';
import { makeTempDir } from '../../support/temp-dir';
import { buildChild } from './support/build-child';
import { call, wireError } from './support/core-child';
import { coreIn } from './support/core-in-process';
import { payloads, runChild, type ChildRun } from './support/run-child';

/**
 * Disk trouble, with the real core in a child process: a full disk (a file-size
 * limit through `ulimit -f`: every write past it fails with EFBIG, as on a full
 * disk) and a read-only data folder (made unwritable for the child's user; as
 * root, the child runs as `nobody`, because root ignores permissions); and,
 * where the test may mount, a really full 2 MB tmpfs, grown while the core
 * runs to show recovery without a restart (skipped, and said so, elsewhere). Each
 * gives a STORAGE error with a readable message, corrupts nothing, loses
 * nothing already saved, and works again once space or permission returns
 * (after a restart, as the host restarts the worker).
 */
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
let asUser: { uid?: number; gid?: number; node?: string } = {};
let child: { script: string; dir: string };
const tally = { cases: 0, failures: 0, writes: 0, skipped: [] as string[] };

beforeAll(async () => {
  child = await buildChild('disk-child');
  chmodSync(child.dir, 0o755);
  chmodSync(child.script, 0o644);
  if (isRoot) {
    // The pinned Node lives in the checkout, which `nobody` may not be able to enter (a clone in a
    // 0700 mktemp folder): give the child a copy beside its script, in the folder made open above.
    const node = join(child.dir, 'node');
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
    asUser = { uid: NOBODY, gid: NOBODY, node };
  }
}, 60_000);
afterAll(() => {
  if (child) rmSync(child.dir, { recursive: true, force: true });
  console.log(
    `disk-trouble suite: ${tally.cases} cases, ${tally.failures} failures (${tally.writes} writes acknowledged before the trouble)` +
      (tally.skipped.length > 0 ? `; skipped: ${tally.skipped.join('; ')}` : ''),
  );
});

interface Prior {
  dataDir: string;
  cleanup: () => void;
  bookmarks: Map<string, string>;
}

/** A library with 60 articles and 3 bookmarks, closed and checkpointed, owned by the child's user. */
async function library(): Promise<Prior> {
  const temp = makeTempDir('broadsheet-disk-');
  chmodSync(temp.path, 0o755);
  const dataDir = join(temp.path, 'data');
  const { core } = coreIn(dataDir);
  const feed = await call(core, 'feeds.add', { url: 'https://example.com/feed.xml', title: 'Example' });
  const insert = core.library
    .db()
    .prepare(
      "INSERT INTO articles (feed_id, identity, guid, title, text, sort_time, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, 0, 'h')",
    );
  for (let i = 0; i < 60; i += 1) insert.run(Number(feed.id), `g:${i}`, `${i}`, `Story ${i}`, `body ${i}`, i);
  const bookmarks = new Map<string, string>();
  for (const id of ['1', '2', '3']) {
    await call(core, 'bookmarks.set', id, { tags: ['before'], note: `saved before the trouble ${id}` });
    bookmarks.set(id, `saved before the trouble ${id}`);
  }
  core.library.db().exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await core.shutdown();
  if (isRoot) chownTree(dataDir, NOBODY);
  return { dataDir, cleanup: temp.cleanup, bookmarks };
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name), uid);
}

function chmodTree(path: string, dirMode: number, fileMode: number): void {
  const directory = statSync(path).isDirectory();
  chmodSync(path, directory ? dirMode : fileMode);
  if (directory) for (const name of readdirSync(path)) chmodTree(join(path, name), dirMode, fileMode);
}

/** Sound store, and every bookmark in `expected` there with its note. */
function expectIntact(dataDir: string, expected: Map<string, string>): void {
  const store = openStore(join(dataDir, LIBRARY_FILE));
  const db = store.db!;
  expect(store.problems).toEqual([]);
  expect(all(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const notes = new Map(
    all<{ id: number; note: string }>(db, 'SELECT article_id AS id, note FROM bookmarks').map((r) => [
      String(r.id),
      r.note,
    ]),
  );
  for (const [id, note] of expected) expect(notes.get(id), `bookmark ${id}`).toBe(note);
  db.close();
}

function track(run: ChildRun) {
  expect(run.code, run.stderr).toBe(0);
  expect(payloads(run, 'X'), 'the child never crashed').toEqual([]);
}

describe('disk trouble', () => {
  it(
    'a full disk: STORAGE error saying so, reads still work, nothing lost, writes work again when space returns',
    { timeout: 180_000 },
    async () => {
      tally.cases += 1;
      const prior = await library();
      try {
        const size = statSync(join(prior.dataDir, LIBRARY_FILE)).size;
        const full = await runChild(
          child.script,
          { dataDir: prior.dataDir, mode: 'fill' },
          { limitKB: (size + 160 * 1024) / 1024 },
        );
        track(full);
        const acknowledged = full.lines.filter((line) => line.startsWith('A ')).map((line) => line.slice(2));
        tally.writes += acknowledged.length;
        expect(acknowledged.length).toBeGreaterThan(0);
        const [failure] = payloads<{ code: string; message: string }>(full, 'F');
        expect(failure).toMatchObject({
          code: 'STORAGE',
          message: expect.stringMatching(/the disk may be full.*nothing already saved was lost/i),
        });
        expect(payloads(full, 'R')).toEqual([{ ok: true, bookmarks: 3 + acknowledged.length }]);

        const expected = new Map(prior.bookmarks);
        for (const [i, id] of acknowledged.entries())
          expected.set(id, `${i} `.padEnd(10_000, String.fromCharCode(97 + (i % 26))));
        expectIntact(prior.dataDir, expected);

        // Space returns (the limit is gone, as after the host restarts the worker): the next write is saved.
        const again = await runChild(child.script, { dataDir: prior.dataDir, mode: 'once' }, asUser);
        track(again);
        expect(payloads(again, 'F')).toEqual([]);
        expect(again.lines.filter((line) => line.startsWith('A '))).toHaveLength(1);
        expectIntact(prior.dataDir, expected);
      } catch (error) {
        tally.failures += 1;
        throw error;
      } finally {
        prior.cleanup();
      }
    },
  );

  it(
    'a read-only data folder: a STORAGE error naming the folder, the file untouched, and recovery once writable',
    { timeout: 180_000 },
    async () => {
      tally.cases += 1;
      const prior = await library();
      try {
        chmodTree(prior.dataDir, 0o555, 0o444);
        const readOnly = await runChild(child.script, { dataDir: prior.dataDir, mode: 'once' }, asUser);
        track(readOnly);
        const [status] = payloads<LibraryStatus>(readOnly, 'S');
        expect(status).toMatchObject({
          state: 'unavailable',
          problems: [
            { code: 'OPEN_FAILED', message: expect.stringMatching(/read-only or not yours to write.*left untouched/) },
          ],
        });
        expect(status!.problems[0]!.message).toContain(prior.dataDir);
        expect(payloads(readOnly, 'F')).toEqual([{ code: 'STORAGE', message: status!.problems[0]!.message }]);

        chmodTree(prior.dataDir, 0o755, 0o644);
        const writable = await runChild(child.script, { dataDir: prior.dataDir, mode: 'once' }, asUser);
        track(writable);
        expect(payloads<LibraryStatus>(writable, 'S')[0]).toMatchObject({ state: 'ready' });
        expect(payloads(writable, 'F')).toEqual([]);
        expectIntact(prior.dataDir, prior.bookmarks);
      } catch (error) {
        tally.failures += 1;
        throw error;
      } finally {
        chmodTree(prior.dataDir, 0o755, 0o644);
        prior.cleanup();
      }
    },
  );

  it(
    'a really full filesystem (tiny tmpfs): STORAGE "disk is full", and the next write succeeds without a restart once space returns',
    { timeout: 180_000 },
    async () => {
      const mount = makeTempDir('broadsheet-tmpfs-');
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount.path], { stdio: 'pipe' });
      } catch (error) {
        // Mounting needs root with CAP_SYS_ADMIN; the ulimit case above covers the rest.
        const reason = `tiny-tmpfs case (mount refused: ${String((error as { stderr?: Buffer }).stderr ?? error)
          .trim()
          .slice(0, 120)})`;
        tally.skipped.push(reason);
        console.log(`disk-trouble: skipped the ${reason}`);
        mount.cleanup();
        return;
      }
      tally.cases += 1;
      const { core } = coreIn(join(mount.path, 'data'));
      try {
        const feed = await call(core, 'feeds.add', { url: 'https://example.com/feed.xml', title: 'Example' });
        const insert = core.library
          .db()
          .prepare(
            "INSERT INTO articles (feed_id, identity, guid, title, sort_time, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, 0, 'h')",
          );
        transaction(core.library.db(), () => {
          for (let i = 0; i < 400; i += 1) insert.run(Number(feed.id), `g:${i}`, `${i}`, `Story ${i}`, i);
        });
        core.library.db().exec('PRAGMA wal_checkpoint(TRUNCATE)');
        const saved = new Map<string, string>();
        let failure: { code: string; message: string } | undefined;
        for (let i = 1; i <= 400 && !failure; i += 1) {
          const note = `${i} `.padEnd(10_000, 'n');
          try {
            await call(core, 'bookmarks.set', String(i), { note });
            saved.set(String(i), note);
          } catch (error) {
            failure = wireError(error);
          }
        }
        tally.writes += saved.size;
        expect(failure).toMatchObject({
          code: 'STORAGE',
          message: expect.stringMatching(/disk holding your library is full.*nothing already saved was lost/i),
        });
        expect((await call(core, 'articles.counts')).bookmarks).toBe(saved.size);

        // Space returns while the app runs: the same core saves the next change.
        execFileSync('mount', ['-o', 'remount,size=16m', mount.path]);
        await call(core, 'bookmarks.set', '400', { note: 'after space returned' });
        saved.set('400', 'after space returned');
        expect(all(core.library.db(), 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        await core.shutdown();
        expectIntact(join(mount.path, 'data'), saved);
      } catch (error) {
        tally.failures += 1;
        throw error;
      } finally {
        core.close();
        execFileSync('umount', [mount.path]);
        mount.cleanup();
      }
    },
  );
});
