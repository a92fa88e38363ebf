/**
 * Subscribes the library to the benchmark's feeds (`opml.import`, offline, so nothing is fetched) in a
 * process of its own, which exits before the measured process starts its core: the measured one then
 * starts from a library with subscriptions and no articles (and `BENCH_RULES` rules), and carries no memory of
 * this worker.
 * The child is this same bundle started with BENCH_SYNC_ROLE=prepare.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Feed } from '../../../electron/api/library-models';
import { startCore } from './bench-core';
import { benchRules } from './bench-rules';

export const PREPARE_ROLE = 'prepare';

export interface PrepareRequest {
  workerPath: string;
  dataDir: string;
  /** A file, since an OPML of thousands of feeds would not fit in an environment variable. */
  opmlPath: string;
  /** The URL of the feed whose articles the benchmark lists and searches for. */
  lastUrl: string;
  feeds: number;
  /** How many rules to add (`BENCH_RULES`; issue 18). */
  rules: number;
}

export interface PreparedLibrary {
  lastFeedId: string;
}

/** Child side: subscribe, report the last feed's id on stdout, stop the core. */
export async function runPrepareChild(): Promise<void> {
  const request = JSON.parse(process.env.BENCH_SYNC_PREPARE ?? '{}') as PrepareRequest;
  const core = startCore(request.workerPath, request.dataDir, { online: false });
  try {
    await core.ready;
    const imported = await core.call<{ imported: number }>('opml.import', readFileSync(request.opmlPath, 'utf8'));
    if (imported.imported !== request.feeds) throw new Error(`imported ${imported.imported} of ${request.feeds} feeds`);
    for (const rule of benchRules(request.rules ?? 0)) await core.call('rules.save', rule);
    const feeds = await core.call<Feed[]>('feeds.list');
    const last = feeds.find((feed) => feed.url === request.lastUrl);
    if (!last) throw new Error(`${request.lastUrl} is not among the subscriptions`);
    process.stdout.write(JSON.stringify({ lastFeedId: last.id } satisfies PreparedLibrary));
  } finally {
    await core.stop();
  }
}

/** Parent side: run the child to completion. */
export function prepareLibrary(bundle: string, request: PrepareRequest): Promise<PreparedLibrary> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bundle],
      {
        env: { ...process.env, BENCH_SYNC_ROLE: PREPARE_ROLE, BENCH_SYNC_PREPARE: JSON.stringify(request) },
        maxBuffer: 1_048_576,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`preparing the library failed: ${stderr.trim() || error.message}`));
        else resolve(JSON.parse(stdout) as PreparedLibrary);
      },
    );
  });
}
