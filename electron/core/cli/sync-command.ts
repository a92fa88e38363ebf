/**
 * `sync --data-dir <dir> [--opml <file>] [--account <id> --password-stdin]`: refreshes a library folder from the
 * command line, importing an OPML list first when given one, then syncs every sync-service account. The CLI is
 * a full client: it runs the app's core service on the folder, configured from the folder's config.json as the
 * app's host would configure it, so it keeps what the app keeps — feed pictures offline, full text for feeds set
 * to download full articles, imported bookmarks' pages and their pictures — and returns once those passes are
 * done. Progress goes to stderr; the summary (JSON) is the command's output. It exits 1 only when the app itself
 * failed (it could not store what arrived, its own code failed): a server down, a refused password or a feed's
 * HTTP error is the world's doing, which the summary reports with exit 0.
 */
import { readFileSync } from 'node:fs';
import type { EventPayload } from '../../api/contract';
import { syncConfigOf } from '../../api/sync-config-of';
import { applyOpmlImport } from '../opml/library-opml';
import { parseOpml } from '../opml/parse-opml';
import type { OpmlImportResult } from '../opml/types';
import { failedInApp } from '../sync/failure-cause';
import type { SyncEngineOptions } from '../sync/sync-engine';
import { openCliCore } from './cli-core';
import { openSecretFile, readStoredCredentials } from './cli-secrets';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { effectiveSettings } from './config-file';
import { parseArgs } from './parse-args';
import { createProgressBar, type ProgressOutput } from './progress-bar';
import { readLines, type SecretInput } from './read-stdin';
import {
  accountFailedInApp,
  handOverCredentials,
  passwordTarget,
  remoteAccounts,
  syncAccounts,
  type GivenPassword,
} from './sync-accounts';

export const SYNC_USAGE = 'sync --data-dir <dir> [--opml <file.opml>] [--account <id> --password-stdin]';

export interface SyncArgs {
  dataDir: string;
  opml?: string;
  /** Read one account's password from stdin's first line (for `account`, or the one account needing it). */
  passwordStdin?: boolean;
  account?: string;
}

export interface SyncIo {
  stderr: ProgressOutput;
  /** Where --password-stdin reads from. */
  stdin?: SecretInput;
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
  const now = io.now ?? Date.now;
  const bar = createProgressBar(io.stderr);
  const core = openCliCore({
    dataDir: args.dataDir,
    ...(io.appVersion === undefined ? {} : { appVersion: io.appVersion }),
    now,
    emit: (event, payload) => {
      if (event === 'sync.progress') bar.update(payload as EventPayload<'sync.progress'>);
    },
    ...(io.engine ? { engine: io.engine } : {}),
  });
  try {
    const secrets = openSecretFile(args.dataDir);
    const accounts = remoteAccounts(core);
    const stored = await readStoredCredentials(
      secrets,
      accounts.map((account) => account.id),
    );
    let given: GivenPassword | null = null;
    if (args.passwordStdin) {
      const target = passwordTarget(accounts, stored, args.account);
      if (!target.ok) return usageError(target.error, SYNC_USAGE);
      const [password] = io.stdin ? await readLines(io.stdin, 1) : [];
      if (!password) return usageError('no password on stdin: its first line is the password', SYNC_USAGE);
      given = { accountId: target.accountId, password };
    }
    handOverCredentials(core, stored, given);

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
    const accountSummaries = await syncAccounts({ core, secrets, accounts, stored, given, bar });
    // A finished refresh started the pictures and bookmark-page passes; with no feeds to refresh, or with articles
    // an account brought, start them (again) here.
    if (!finished || accountSummaries.some((summary) => summary.newArticles > 0)) core.requestPasses();
    await core.whenBackgroundIdle();
    const failures = finished?.failures ?? [];
    const appFailed =
      failures.some((failure) => failedInApp(failure.cause)) || accountSummaries.some(accountFailedInApp);
    const summary = {
      ok: !appFailed,
      imported: imported ? { feeds: imported.imported, skipped: imported.skipped, invalid: imported.invalid } : null,
      feeds: finished?.total ?? 0,
      refreshed: (finished?.done ?? 0) - failures.length,
      failed: failures.length,
      newArticles: finished?.newArticles ?? 0,
      durationMs: finished?.durationMs ?? 0,
      failures,
      accounts: accountSummaries,
    };
    return jsonResult(appFailed ? 1 : 0, summary);
  } catch (error) {
    return jsonResult(2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    bar.end();
    await core.shutdown();
  }
}

export function syncFromArgv(argv: readonly string[], io: SyncIo): Promise<CommandResult> | CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'opml', 'account'], ['password-stdin']);
  if (!parsed.ok) return usageError(parsed.error, SYNC_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0 || !flags['data-dir']) return usageError('sync needs --data-dir', SYNC_USAGE);
  const passwordStdin = flags['password-stdin'] === 'true';
  if (flags.account !== undefined && !passwordStdin)
    return usageError('--account names the account whose password --password-stdin gives', SYNC_USAGE);
  return syncCommand(
    {
      dataDir: flags['data-dir'],
      ...(flags.opml === undefined ? {} : { opml: flags.opml }),
      ...(passwordStdin ? { passwordStdin } : {}),
      ...(flags.account === undefined ? {} : { account: flags.account }),
    },
    io,
  );
}
