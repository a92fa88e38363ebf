/**
 * `sync --data-dir <dir> [--opml <file>]`: refreshes a library folder from
 * the command line, importing an OPML list first when given one. The CLI is
 * a full client: it runs the app's core service on the folder, configured
 * from the folder's config.json as the app's host would configure it, so it
 * keeps what the app keeps — feed pictures offline, full text for feeds set
 * to download full articles, imported bookmarks' pages and their pictures —
 * and returns once those passes are done. Progress goes to stderr; the
 * summary (JSON) is the command's output.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { EventPayload } from '../../api/contract';
import { syncConfigOf } from '../../api/sync-config-of';
import { applyOpmlImport } from '../opml/library-opml';
import { parseOpml } from '../opml/parse-opml';
import type { OpmlImportResult } from '../opml/types';
import { createCoreService } from '../service';
import type { SyncEngineOptions } from '../sync/sync-engine';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { effectiveSettings } from './config-file';
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
  now?: () => number;
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
  const now = io.now ?? Date.now;
  const bar = createProgressBar(io.stderr);
  const core = createCoreService({
    dataDir: args.dataDir,
    appName: 'Broadsheet',
    appVersion: io.appVersion ?? 'cli',
    // Only shapes the cache URLs `images.map` answers, which no command asks for.
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit: (event, payload) => {
      if (event === 'sync.progress') bar.update(payload as EventPayload<'sync.progress'>);
    },
    now,
    skipIntegrityCheck: true,
    ...(io.engine ? { sync: { engine: io.engine } } : {}),
  });
  try {
    // Straight to the engine rather than through `sync.configure`, which would also start the app's schedule.
    core.sync.engine.configure(syncConfigOf(effectiveSettings(args.dataDir)));
    let imported: OpmlImportResult | null = null;
    if (opmlBytes) {
      const doc = parseOpml(opmlBytes);
      if (!doc.ok) return jsonResult(1, { ok: false, error: doc.message });
      imported = applyOpmlImport(core.library.db(), doc, now());
    }
    const finished = (await core.sync.engine.refresh({ kind: 'all' }).finished) ?? null;
    bar.end();
    // A finished refresh started the pictures and bookmark-page passes; with no feeds to refresh, start them here.
    if (!finished) core.requestPasses();
    await core.whenBackgroundIdle();
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
    await core.shutdown();
  }
}

export function syncFromArgv(argv: readonly string[], io: SyncIo): Promise<CommandResult> | CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'opml']);
  if (!parsed.ok) return usageError(parsed.error, SYNC_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0 || !flags['data-dir']) return usageError('sync needs --data-dir', SYNC_USAGE);
  return syncCommand({ dataDir: flags['data-dir'], ...(flags.opml === undefined ? {} : { opml: flags.opml }) }, io);
}
