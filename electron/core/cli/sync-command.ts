/**
 * `sync --data-dir <dir> [--opml <file>]`: refreshes a library folder from
 * the command line, importing an OPML list first when given one. Progress
 * goes to stderr; the summary (JSON) is the command's output.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../library/open-library';
import { applyOpmlImport } from '../opml/library-opml';
import { parseOpml } from '../opml/parse-opml';
import type { OpmlImportResult } from '../opml/types';
import { LIBRARY_FILE } from '../service';
import { SyncEngine, type SyncEngineOptions } from '../sync/sync-engine';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';
import { createProgressBar, type ProgressOutput } from './progress-bar';

export const SYNC_USAGE = 'sync --data-dir <dir> [--opml <file.opml>]';

export interface SyncArgs {
  dataDir: string;
  opml?: string;
}

export interface SyncIo {
  stderr: ProgressOutput;
  appVersion?: string;
  /** Test overrides (timeouts, limits). */
  engine?: Partial<SyncEngineOptions>;
}

export async function syncCommand(args: SyncArgs, io: SyncIo): Promise<CommandResult> {
  let opmlBytes: Uint8Array | undefined;
  if (args.opml !== undefined) {
    try {
      opmlBytes = readFileSync(args.opml);
    } catch (error) {
      return jsonResult(2, { ok: false, error: `cannot read ${args.opml}: ${(error as Error).message}` });
    }
  }
  mkdirSync(args.dataDir, { recursive: true });
  const library = openLibrary(join(args.dataDir, LIBRARY_FILE), { skipIntegrityCheck: true });
  const bar = createProgressBar(io.stderr);
  const engine = new SyncEngine({
    db: () => library.db(),
    appVersion: io.appVersion ?? 'cli',
    onProgress: (progress) => bar.update(progress),
    ...io.engine,
  });
  try {
    let imported: OpmlImportResult | null = null;
    if (opmlBytes) {
      const doc = parseOpml(opmlBytes);
      if (!doc.ok) return jsonResult(1, { ok: false, error: doc.message });
      imported = applyOpmlImport(library.db(), doc, Date.now());
    }
    const finished = (await engine.refresh({ kind: 'all' }).finished) ?? null;
    bar.end();
    const summary = {
      ok: true,
      imported: imported ? { feeds: imported.imported, skipped: imported.skipped, invalid: imported.invalid } : null,
      feeds: finished?.total ?? 0,
      refreshed: (finished?.done ?? 0) - (finished?.failures.length ?? 0),
      failed: finished?.failures.length ?? 0,
      newArticles: finished?.newArticles ?? 0,
      durationMs: finished?.durationMs ?? 0,
      failures: finished?.failures ?? [],
    };
    return jsonResult(summary.failed > 0 ? 1 : 0, summary);
  } catch (error) {
    return jsonResult(2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    bar.end();
    await engine.close();
    library.close();
  }
}

export function syncFromArgv(argv: readonly string[], io: SyncIo): Promise<CommandResult> | CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'opml']);
  if (!parsed.ok) return usageError(parsed.error, SYNC_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0 || !flags['data-dir']) return usageError('sync needs --data-dir', SYNC_USAGE);
  return syncCommand({ dataDir: flags['data-dir'], ...(flags.opml === undefined ? {} : { opml: flags.opml }) }, io);
}
