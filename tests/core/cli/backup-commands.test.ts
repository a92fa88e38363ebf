import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFromArgv, importBookmarksFromArgv, restoreFromArgv } from '../../../electron/core/cli/backup-commands';
import { runCli } from '../../../electron/core/cli/main';
import { openLibrary } from '../../../electron/core/library/open-library';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { createFixture, NOW, type Fixture } from '../library/support/library-fixture';
import { buildLibrary } from '../backup/support/backup-fixture';
import { snapshot } from '../backup/support/library-snapshot';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));
const io = { appVersion: '1.2.3', now: () => NOW };

describe('backup, restore and import-bookmarks commands', () => {
  it('back up a library folder with its settings and restore it into a new one', async () => {
    const source = await buildLibrary();
    fixtures.push(source);
    writeFileSync(
      join(source.dir, 'config.json'),
      JSON.stringify({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' }, windowState: { x: 1 } }),
    );
    const file = join(source.dir, 'out.bsbackup');
    const backup = backupFromArgv(['--data-dir', source.dir, '--out', file], io);
    expect(backup.exitCode).toBe(0);
    expect(JSON.parse(backup.output)).toMatchObject({ ok: true, counts: { bookmarks: 3, feeds: 3 }, settings: true });

    const target = createFixture();
    fixtures.push(target);
    writeFileSync(join(target.dir, 'config.json'), JSON.stringify({ windowState: { x: 2 } }));
    target.library.close();
    const restore = restoreFromArgv(['--data-dir', target.dir, '--in', file], io);
    expect(restore.exitCode).toBe(0);
    expect(JSON.parse(restore.output)).toMatchObject({
      ok: true,
      bookmarks: { added: 3 },
      settingsApplied: true,
      backup: { appVersion: '1.2.3' },
    });
    const config = JSON.parse(readFileSync(join(target.dir, 'config.json'), 'utf8'));
    expect(config).toEqual({ windowState: { x: 2 }, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });

    // Compare through a fresh handle on the restored folder.
    const lib = openLibrary(join(target.dir, 'library.sqlite'), { skipIntegrityCheck: true });
    try {
      expect(snapshot(lib.db(), target.dir)).toEqual(snapshot(source.library.db(), source.dir));
    } finally {
      lib.close();
    }
  });

  it('refuses a foreign file with exit code 1 and a clear message', () => {
    const target = createFixture();
    fixtures.push(target);
    const file = join(target.dir, 'notes.txt');
    writeFileSync(file, 'not a backup');
    const result = restoreFromArgv(['--data-dir', target.dir, '--in', file], io);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toEqual({
      ok: false,
      error: 'This file is not a Broadsheet backup. Nothing was changed.',
    });
  });

  it('imports a bookmarks file; usage errors exit 2; a missing library folder is not backed up', async () => {
    const target = createFixture();
    fixtures.push(target);
    const file = join(target.dir, 'bookmarks.html');
    writeFileSync(
      file,
      '<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="https://x.example/1" TAGS="t">One</A></DL>',
    );
    const result = importBookmarksFromArgv(['--data-dir', target.dir, '--in', file], io);
    expect(JSON.parse(result.output)).toMatchObject({ ok: true, format: 'netscape', found: 1, added: 1 });
    expect((await runCli(['backup', '--data-dir', target.dir])).exitCode).toBe(2);
    const missing = join(target.dir, 'nowhere');
    expect(backupFromArgv(['--data-dir', missing, '--out', join(target.dir, 'x.bsbackup')], io).exitCode).toBe(2);
    expect(existsSync(missing)).toBe(false);
    expect((await runCli(['--help'])).output).toMatch(/backup --data-dir <dir> --out/);
  });
});
