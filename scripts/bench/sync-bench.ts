/**
 * The sync benchmark (issues 4 and 14): FEEDS feeds × ITEMS items served from loopback servers in a
 * child process, refreshed by the real core in its worker thread hosted by `CoreWorkerHost` and driven
 * through the contract as the app drives it, then by newsboat over the same server. Prints one JSON
 * object per library size on stdout (`BENCH_FEEDS`, or several sizes with `BENCH_SIZES=50,200,1000`);
 * diagnostics go to stderr. docs/PERFORMANCE.md defines every figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { limiterDefaults } from '../../electron/core/net/limiter';
import { round } from './measure';
import { buildWorker } from './sync/bench-core';
import { forkFeedServer, runFeedServerChild, SERVER_ROLE } from './sync/feed-server-process';
import { syncFigures } from './sync/figures';
import { measurePeer } from './sync/measure-peer';
import { measureSync } from './sync/measure-sync';
import { PREPARE_ROLE, prepareLibrary, runPrepareChild } from './sync/prepare-library';
import { runSizes } from './sync/run-sizes';
import { parseSizes } from './sync/sizes';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
/** 1,000 subscriptions live on many sites; 100 hosts of 10 feeds each keeps the per-host cap realistic. */
const HOSTS = Number(process.env.BENCH_HOSTS ?? Math.min(100, FEEDS));
const GZIP = process.env.BENCH_GZIP !== '0';
/** How long the process rests after the full sync before its RSS is read again (issue 14: 30 s). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 30_000);
const SECTIONS = 10;
/** Rules the store step runs on every new article (issue 18: 50, against 0 for the baseline). */
const RULES = Number(process.env.BENCH_RULES ?? 0);

const role = process.env.BENCH_SYNC_ROLE;
if (role === SERVER_ROLE) await runFeedServerChild();
else if (role === PREPARE_ROLE) await runPrepareChild();
else if (process.env.BENCH_SIZES) {
  const sizes = parseSizes(process.env.BENCH_SIZES);
  if (!sizes.ok) {
    console.error(sizes.message);
    process.exitCode = 2;
  } else process.exitCode = await runSizes(process.argv[1]!, sizes.sizes);
} else await main();

async function main(): Promise<void> {
  if (!Number.isFinite(SETTLE_MS) || SETTLE_MS < 0) throw new Error('BENCH_SETTLE_MS must be a number of milliseconds');
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-sync-'));
  // Proxies from the environment would send loopback requests elsewhere.
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'])
    delete process.env[name];
  const server = await forkFeedServer(process.argv[1]!, { feeds: FEEDS, items: ITEMS, hosts: HOSTS, gzip: GZIP });
  try {
    const workerPath = await buildWorker(process.cwd(), dir);
    const dataDir = join(dir, 'data');
    const opmlPath = join(dir, 'subscriptions.opml');
    writeFileSync(opmlPath, opml(server.urls));
    const { lastFeedId } = await prepareLibrary(process.argv[1]!, {
      workerPath,
      dataDir,
      opmlPath,
      lastUrl: server.urls[FEEDS - 1]!,
      feeds: FEEDS,
      rules: RULES,
    });
    const ours = await measureSync({
      workerPath,
      dataDir,
      server,
      lastFeedId,
      feeds: FEEDS,
      items: ITEMS,
      settleMs: SETTLE_MS,
      rules: RULES,
    });
    const concurrency = limiterDefaults.global;
    const peer = await measurePeer(server, concurrency);

    console.log(JSON.stringify(syncFigures(ours.measurements, peer?.peer ?? null)));
    console.error(
      JSON.stringify({
        feeds: FEEDS,
        items: ITEMS,
        hosts: HOSTS,
        rules: RULES,
        concurrency: { global: concurrency, perHost: limiterDefaults.perHost, newsboatThreads: concurrency },
        served_mb: round(server.bytes / 1_048_576),
        served_gzip_mb: round(server.gzipBytes / 1_048_576),
        server_generate_ms: Math.round(server.generateMs),
        ...ours.diagnostics,
        ...peer?.diagnostics,
        cpus: cpus().length,
        loadavg_before: loadBefore.map((n) => round(n)),
        loadavg_after: loadavg().map((n) => round(n)),
        node: process.versions.node,
        sqlite: process.versions.sqlite,
      }),
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function opml(urls: readonly string[]): string {
  const perSection = Math.ceil(urls.length / SECTIONS);
  const sections = Array.from({ length: SECTIONS }, (_, s) => {
    const outlines = urls
      .slice(s * perSection, (s + 1) * perSection)
      .map((url, i) => `      <outline type="rss" text="Desk ${s * perSection + i}" xmlUrl="${url}"/>`);
    return outlines.length > 0 ? `    <outline text="Section ${s}">\n${outlines.join('\n')}\n    </outline>` : '';
  });
  return `<?xml version="1.0"?>\n<opml version="2.0">\n  <head><title>Benchmark</title></head>\n  <body>\n${sections.filter(Boolean).join('\n')}\n  </body>\n</opml>\n`;
}
