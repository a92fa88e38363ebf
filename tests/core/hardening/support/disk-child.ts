import { all } from '../../../../electron/core/db/sql';
import { call, say, startCore, wireError } from './core-child';

/**
 * Child process of the disk-trouble suite, run under a file-size limit
 * (`ulimit -f`) or as a user who may not write the data folder. It prints:
 *   S <status>   library.status as the UI would get it
 *   A <id>       a bookmark with a 10,000-character note was saved
 *   F <error>    the first failed write, as the UI would get it
 *   R <result>   a read made after the failure ("ok" or the error)
 * and exits when done. Mode "fill" writes until the disk is "full"; mode
 * "once" makes one write and reads it back.
 */
const { dataDir, mode } = JSON.parse(process.argv[2]!) as { dataDir: string; mode: 'fill' | 'once' };

async function main(): Promise<void> {
  const core = startCore(dataDir);
  say(`S ${JSON.stringify(await call(core, 'library.status'))}`);
  const ids = (() => {
    try {
      return all<{ id: number }>(core.library.db(), 'SELECT id FROM articles ORDER BY id').map((r) => String(r.id));
    } catch {
      return ['1'];
    }
  })();
  const writes = mode === 'fill' ? ids.length : 1;
  for (let i = 0; i < writes; i += 1) {
    const id = ids[ids.length - 1 - i]!;
    try {
      await call(core, 'bookmarks.set', id, {
        tags: ['disk'],
        note: `${i} `.padEnd(10_000, String.fromCharCode(97 + (i % 26))),
      });
      say(`A ${id}`);
    } catch (error) {
      say(`F ${JSON.stringify(wireError(error))}`);
      break;
    }
  }
  try {
    const counts = await call(core, 'articles.counts');
    say(`R ${JSON.stringify({ ok: true, bookmarks: counts.bookmarks })}`);
  } catch (error) {
    say(`R ${JSON.stringify(wireError(error))}`);
  }
  core.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`X ${JSON.stringify(wireError(error))}`);
    process.exit(3);
  },
);
