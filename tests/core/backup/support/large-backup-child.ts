import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../../../electron/core/backup/create-backup';
import { restoreBackup } from '../../../../electron/core/backup/restore-backup';
import { openLibrary } from '../../../../electron/core/library/open-library';

/**
 * Child process of the large-library test, run with a small V8 heap: backs
 * up the library folder given, restores the file into a new folder, and
 * prints both counts. Holding the library's articles in memory at once would
 * exceed the heap and end the process.
 */
const [dataDir] = process.argv.slice(2);
const source = openLibrary(join(dataDir!, 'library.sqlite'), { skipIntegrityCheck: true });
const file = join(dataDir!, 'large.bsbackup');
const manifest = createBackup(source.db(), file, {
  dataDir: dataDir!,
  appVersion: '1',
  settings: null,
  now: Date.now(),
});
source.close();
const targetDir = mkdtempSync(join(tmpdir(), 'broadsheet-large-restore-'));
const target = openLibrary(join(targetDir, 'library.sqlite'), { skipIntegrityCheck: true });
const restored = restoreBackup(target.db(), file, { dataDir: targetDir, now: Date.now() });
const stored = target.db().prepare('SELECT COUNT(*) AS n, SUM(LENGTH(content_html)) AS bytes FROM articles').get();
target.close();
process.stdout.write(
  JSON.stringify({ counts: manifest.counts, restored: restored.summary.bookmarks, stored, targetDir }),
);
