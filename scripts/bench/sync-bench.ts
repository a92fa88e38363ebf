import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Counts, SearchResult } from '../../electron/api/library-queries';
import type { SyncFinished } from '../../electron/api/methods/sync';
import { limiterDefaults } from '../../electron/core/net/limiter';
import { round } from './measure';
import { buildWorker, startCore, type BenchCore } from './sync/bench-core';
import { feedToken } from './sync/feed-documents';
import { forkFeedServer, runFeedServerChild, SERVER_ROLE } from './sync/feed-server-process';
import { kernelPeakRssMb, loopDelay, sampleRss } from './sync/host-metrics';
import { runNewsboat } from './sync/newsboat';

/**
 * The sync benchmark from issue 4: FEEDS feeds × ITEMS items served from
 * loopback servers in a child process, refreshed by the real core in its
 * worker thread hosted by `CoreWorkerHost`. "Full" runs from the refresh
 * request on an empty library until the run has finished and a search finds
 * the last feed's articles; "unchanged" is the next refresh, all 304.
 * Prints one JSON object on stdout; diagnostics go to stderr.
 */
const FEEDS = Number(process.env.BENCH_FEEDS ?? 1_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
/** 1,000 subscriptions live on many sites; 100 hosts of 10 feeds each keeps the per-host cap realistic. */
const HOSTS = Number(process.env.BENCH_HOSTS ?? Math.min(100, FEEDS));
const GZIP = process.env.BENCH_GZIP !== '0';
const SECTIONS = 10;

if (process.env.BENCH_SYNC_ROLE === SERVER_ROLE) await runFeedServerChild();
else await main();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-sync-'));
  // Proxies from the environment would send loopback requests elsewhere.
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'])
    delete process.env[name];
  const server = await forkFeedServer(process.argv[1]!, { feeds: FEEDS, items: ITEMS, hosts: HOSTS, gzip: GZIP });
  let core: BenchCore | undefined;
  try {
    const workerPath = await buildWorker(process.cwd(), dir);
    core = await startCore(workerPath, join(dir, 'data'));
    // Offline while subscribing, so the schedule does not start the refresh before the clock does.
    await core.call('sync.setOnline', false);
    // Offline images off: the benchmark measures feeds, and its servers serve no images.
    await core.call('sync.configure', {
      refreshIntervalMinutes: 30,
      proxy: '',
      offlineImages: false,
      offlineImagesDays: 14,
      imageCacheQuotaMB: 2048,
    });
    const imported = await core.call<{ imported: number }>('opml.import', opml(server.urls));
    if (imported.imported !== FEEDS) throw new Error(`imported ${imported.imported} of ${FEEDS} feeds`);

    const rss = sampleRss();
    const loop = loopDelay();
    const cpuBefore = process.cpuUsage();
    const full = await timedRefresh(core, async () => {
      loop.histogram.enable();
      await core!.call('sync.setOnline', true);
    });
    // Searchable is part of "full": the last feed's articles must be found.
    const search = await core.call<SearchResult>('search.articles', { query: feedToken(FEEDS - 1), limit: 100 });
    const fullMs = performance.now() - full.started;
    // CPU of every thread of this process (host and core worker): steadier than wall time when other work loads the machine.
    const fullCpu = process.cpuUsage(cpuBefore);
    loop.histogram.disable();
    const fullStats = await server.stats();
    check(full.finished, search.hits.length === Math.min(ITEMS, 100), 'full');
    const verified = await verifyLibrary(core);

    await server.resetStats();
    const unchangedCpuBefore = process.cpuUsage();
    const unchanged = await timedRefresh(core, () => core!.call('sync.refresh', { kind: 'all' }));
    const unchangedMs = performance.now() - unchanged.started;
    const unchangedCpu = process.cpuUsage(unchangedCpuBefore);
    const unchangedStats = await server.stats();
    check(unchanged.finished, unchangedStats.notModified === FEEDS, 'unchanged');
    rss.stop();
    const peakRssMb = rss.peakMb();
    await core.stop();
    core = undefined;

    const concurrency = limiterDefaults.global;
    const peer = process.env.BENCH_PEER === '0' ? null : await runNewsboat(server.urls, concurrency);
    if (!peer && process.env.BENCH_PEER !== '0')
      console.error('newsboat is not installed (apt-get install newsboat): peer figures omitted');

    console.log(
      JSON.stringify({
        sync_full_ms: Math.round(fullMs),
        sync_unchanged_ms: Math.round(unchangedMs),
        sync_peak_rss_mb: Math.round(peakRssMb),
        host_loop_delay_p99_ms: round(loop.p99Ms()),
        ...(peer ? { peer_newsboat_full_ms: Math.round(peer.ms), speedup_vs_newsboat: round(peer.ms / fullMs) } : {}),
      }),
    );
    console.error(
      JSON.stringify({
        feeds: FEEDS,
        items: ITEMS,
        hosts: HOSTS,
        concurrency: { global: concurrency, perHost: limiterDefaults.perHost, newsboatThreads: concurrency },
        served_mb: round(server.bytes / 1_048_576),
        served_gzip_mb: round(server.gzipBytes / 1_048_576),
        server_generate_ms: Math.round(server.generateMs),
        full_requests: fullStats,
        unchanged_requests: unchangedStats,
        articles_per_s: Math.round((FEEDS * ITEMS) / (fullMs / 1000)),
        full_cpu_ms: { user: Math.round(fullCpu.user / 1000), system: Math.round(fullCpu.system / 1000) },
        unchanged_cpu_ms: {
          user: Math.round(unchangedCpu.user / 1000),
          system: Math.round(unchangedCpu.system / 1000),
        },
        host_loop_delay_max_ms: round(loop.maxMs()),
        host_loop_interval_p99_ms: round(loop.rawP99Ms()),
        kernel_peak_rss_mb: kernelPeakRssMb(),
        verified,
        ...(peer ? { newsboat: peer.version, newsboat_items: peer.items, newsboat_cpu_ms: peer.cpuMs } : {}),
        cpus: cpus().length,
        loadavg: loadavg().map((n) => round(n)),
        node: process.versions.node,
        sqlite: process.versions.sqlite,
      }),
    );
  } finally {
    await core?.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedRefresh(
  core: BenchCore,
  start: () => Promise<unknown>,
): Promise<{ started: number; finished: SyncFinished }> {
  const finished = core.nextFinished();
  const started = performance.now();
  await start();
  return { started, finished: await finished };
}

function check(finished: SyncFinished, searchable: boolean, label: string): void {
  const problems = [
    finished.done !== FEEDS ? `${finished.done} of ${FEEDS} feeds done` : '',
    finished.failures.length > 0 ? `failures: ${JSON.stringify(finished.failures.slice(0, 3))}` : '',
    label === 'full' && finished.newArticles !== FEEDS * ITEMS
      ? `${finished.newArticles} new articles, expected ${FEEDS * ITEMS}`
      : '',
    searchable ? '' : 'the last feed’s articles are not searchable',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${label} sync: ${problems.join('; ')}`);
}

/** After the timed run: every article counted, and every feed's articles found by search (untimed). */
async function verifyLibrary(core: BenchCore): Promise<{ unread: number; feedsSearched: number }> {
  const counts = await core.call<Counts>('articles.counts');
  if (counts.unread !== FEEDS * ITEMS)
    throw new Error(`library holds ${counts.unread} unread articles, expected ${FEEDS * ITEMS}`);
  const step = Math.max(1, Math.floor(FEEDS / 100));
  let feedsSearched = 0;
  for (let index = 0; index < FEEDS; index += step) {
    const result = await core.call<SearchResult>('search.articles', { query: feedToken(index), limit: 100 });
    if (result.hits.length !== Math.min(ITEMS, 100))
      throw new Error(`search for ${feedToken(index)} found ${result.hits.length} of ${ITEMS}`);
    feedsSearched += 1;
  }
  return { unread: counts.unread, feedsSearched };
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
