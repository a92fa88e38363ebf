/**
 * The accounts benchmark (issue 15, section 7): a Google Reader API account of 500 feeds, 50,000 items (half read)
 * and 2,000 starred on the protocol fake in a child process (`BENCH_KIND` picks the service it imitates, default
 * freshrss; `fever` runs the Fever API fake instead, `miniflux` the Miniflux REST API fake (its Google Reader API
 * variant is `greader-miniflux`), `nextcloud` the Nextcloud News fake, `feedbin` the Feedbin API fake, issue 16), synced by the real account service over the core's network service. Prints one JSON object on stdout
 * (the figures, CPU beside every wall time, the targets and whether each is met, the load average); diagnostics
 * (request counts per sync, checks) go to stderr. `BENCH_FEEDS`, `BENCH_ITEMS`, `BENCH_STARRED` shrink it for
 * quick runs. docs/PERFORMANCE.md ("Accounts (issue 15)") defines every figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppSide } from './accounts/app-side';
import { FAKE_ROLE, forkFake, runFakeChild } from './accounts/fake-process';
import { accountsFigures } from './accounts/figures';
import { readLoadAverage } from './accounts/load-average';
import { measureAccounts } from './accounts/measure-accounts';
import { accountsBenchSize } from './accounts/size';

if (process.env.BENCH_ACCOUNTS_ROLE === FAKE_ROLE) await runFakeChild();
else await main();

async function main(): Promise<void> {
  const parsed = accountsBenchSize(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exitCode = parsed.exitCode;
    return;
  }
  const { size } = parsed;
  const loadBefore = readLoadAverage();
  // Proxies from the environment would send loopback requests elsewhere.
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'])
    delete process.env[name];
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-accounts-'));
  const fake = await forkFake(process.argv[1]!, size);
  try {
    const app = openAppSide(dir);
    try {
      const run = await measureAccounts(app, fake, size);
      console.log(
        JSON.stringify({
          ...accountsFigures(run.measurements),
          fake_server: 'child process (its CPU and memory are not counted)',
          loadavg_before: loadBefore,
          loadavg_after: readLoadAverage(),
        }),
      );
      console.error(
        JSON.stringify({
          ...size,
          fake_seed_ms: Math.round(fake.seedMs),
          server_unread: fake.unread,
          server_starred: fake.starred,
          ...run.diagnostics,
          node: process.versions.node,
          sqlite: process.versions.sqlite,
        }),
      );
    } finally {
      await app.close();
    }
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
