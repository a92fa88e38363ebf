/**
 * Broadsheet's side of the sync benchmark, in the order docs/PERFORMANCE.md defines its figures:
 * readable and full (one clock from the worker's start), a settle spell for the RSS after a sync,
 * an untimed check of the whole library, then the unchanged and the incremental refresh. Every
 * refresh is what the app would run: the schedule's at start, then `sync.refresh` of everything.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { LIMITS, type Article, type Feed } from '../../../electron/api/library-models';
import type { ArticlePage, Counts, SearchResult } from '../../../electron/api/library-queries';
import type { SyncFinished } from '../../../electron/api/methods/sync';
import { startCore, type BenchCore } from './bench-core';
import { FRESH_ITEMS, feedToken } from './feed-documents';
import type { FeedServerProcess } from './feed-server-process';
import type { ServerStats } from './feed-server';
import type { SyncMeasurements } from './figures';
import { kernelPeakRssMb, loopDelay, sampleRss } from './host-metrics';
import { startPhase } from './phase-meter';

export interface SyncPlan {
  workerPath: string;
  dataDir: string;
  server: FeedServerProcess;
  lastFeedId: string;
  feeds: number;
  items: number;
  settleMs: number;
  /** Rules in the library (`BENCH_RULES`): some articles arrive read or hidden, so fewer are counted unread. */
  rules?: number;
}

export interface SyncDiagnostics {
  /** The process before the core worker starts (the host's share of every RSS figure). */
  rss_before_core_mb: number;
  /** Worker start → `core.status` ready: the part of `sync_readable_ms` no feed is fetched in. */
  core_ready_ms: number;
  core_ready_cpu_ms: number;
  full_requests: ServerStats;
  unchanged_requests: ServerStats;
  incremental_requests: ServerStats;
  incremental_feeds: number;
  articles_per_s: number;
  host_loop_delay_max_ms: number;
  host_loop_interval_p99_ms: number;
  kernel_peak_rss_mb: number | null;
  verified: { unread: number; feedsSearched: number };
}

/** Search pages are capped; a feed's articles are all found when a page holds this many. */
const SEARCH_LIMIT = 100;

export async function measureSync(
  plan: SyncPlan,
): Promise<{ measurements: SyncMeasurements; diagnostics: SyncDiagnostics }> {
  const { server, feeds, items } = plan;
  const rss = sampleRss();
  const loop = loopDelay();
  let core: BenchCore | undefined;
  try {
    const rssBeforeCoreMb = process.memoryUsage.rss() / 1_048_576;
    const phase = startPhase();
    loop.histogram.enable();
    core = startCore(plan.workerPath, plan.dataDir, { online: true });
    const finished = core.nextFinished();
    const allDone = core.nextProgress((progress) => progress.done >= feeds);
    const { rssMb: rssBeforeMb } = await core.ready;
    const coreReady = phase.lap();
    await allDone;
    await openNewest(core, plan, finished);
    const readable = phase.lap();
    const run = await finished;
    const search = await core.call<SearchResult>('search.articles', {
      query: feedToken(feeds - 1),
      limit: SEARCH_LIMIT,
    });
    const full = phase.lap();
    loop.histogram.disable();
    const fullRequests = await server.stats();
    check(run, 'full', feeds, feeds * items);
    if (search.hits.length !== Math.min(items, SEARCH_LIMIT))
      throw new Error(`full sync: search found ${search.hits.length} of the last feed's ${items} articles`);

    // Nothing runs while the process settles: the schedule's next refresh is half an hour away.
    await sleep(plan.settleMs);
    const rssAfterSettleMb = process.memoryUsage.rss() / 1_048_576;
    const verified = await verifyLibrary(core, feeds, items, (plan.rules ?? 0) > 0);

    await server.resetStats();
    const unchanged = await timedRefresh(core);
    const unchangedRequests = await server.stats();
    check(unchanged.run, 'unchanged', feeds, 0);
    if (unchangedRequests.notModified !== feeds)
      throw new Error(`unchanged sync: ${unchangedRequests.notModified} of ${feeds} answers were 304`);

    await server.publish('revised');
    await server.resetStats();
    const incremental = await timedRefresh(core);
    const incrementalRequests = await server.stats();
    await server.publish('original');
    const revised = server.revised.length;
    check(incremental.run, 'incremental', feeds, revised * FRESH_ITEMS);
    if (incrementalRequests.ok !== revised || incrementalRequests.notModified !== feeds - revised)
      throw new Error(`incremental sync: requests ${JSON.stringify(incrementalRequests)}, ${revised} feeds changed`);

    rss.stop();
    return {
      measurements: {
        feeds,
        items,
        readable,
        full,
        unchanged: unchanged.time,
        incremental: incremental.time,
        peakRssMb: rss.peakMb(),
        rssBeforeMb,
        rssAfterSettleMb,
        settleMs: plan.settleMs,
        loopDelayP99Ms: loop.p99Ms(),
      },
      diagnostics: {
        rss_before_core_mb: Math.round(rssBeforeCoreMb),
        core_ready_ms: Math.round(coreReady.ms),
        core_ready_cpu_ms: Math.round(coreReady.cpuMs),
        full_requests: fullRequests,
        unchanged_requests: unchangedRequests,
        incremental_requests: incrementalRequests,
        incremental_feeds: revised,
        articles_per_s: Math.round((feeds * items) / (full.ms / 1000)),
        host_loop_delay_max_ms: Math.round(loop.maxMs() * 100) / 100,
        host_loop_interval_p99_ms: Math.round(loop.rawP99Ms() * 100) / 100,
        kernel_peak_rss_mb: kernelPeakRssMb(),
        verified,
      },
    };
  } finally {
    rss.stop();
    loop.histogram.disable();
    await core?.stop();
  }
}

/**
 * What a reader does once the sidebar shows the run done: open the last feed (its list) and its newest
 * article. Should a list come back short while the run still finishes, it is asked again after `finished`.
 */
async function openNewest(core: BenchCore, plan: SyncPlan, finished: Promise<SyncFinished>): Promise<void> {
  const expected = Math.min(plan.items, LIMITS.pageSize);
  const list = () =>
    core.call<ArticlePage>('articles.list', { scope: { kind: 'feed', feedId: plan.lastFeedId }, limit: expected });
  // With rules (BENCH_RULES) a few of the feed's articles may be hidden: the feed counts them, its list does not.
  const stored = async (page: ArticlePage) =>
    (plan.rules ?? 0) > 0 && page.items.length > 0
      ? (await core.call<Feed>('feeds.get', plan.lastFeedId)).articleCount
      : page.items.length;
  let page = await list();
  if ((await stored(page)) < expected) {
    await finished;
    page = await list();
  }
  const newest = page.items[0];
  const short = (plan.rules ?? 0) > 0 ? page.items.length === 0 : page.items.length < expected;
  if (short || !newest) throw new Error(`readable: the last feed lists ${page.items.length} of ${expected} articles`);
  const article = await core.call<Article>('articles.get', newest.id);
  if (article.feedId !== plan.lastFeedId || !article.text.includes(feedToken(plan.feeds - 1)))
    throw new Error(`readable: articles.get returned another article than the last feed's newest`);
}

async function timedRefresh(core: BenchCore) {
  const phase = startPhase();
  const finished = core.nextFinished();
  await core.call('sync.refresh', { kind: 'all' });
  const run = await finished;
  return { run, time: phase.lap() };
}

function check(run: SyncFinished, label: string, feeds: number, newArticles: number): void {
  const problems = [
    run.done !== feeds ? `${run.done} of ${feeds} feeds done` : '',
    run.failures.length > 0 ? `failures: ${JSON.stringify(run.failures.slice(0, 3))}` : '',
    run.newArticles !== newArticles ? `${run.newArticles} new articles, expected ${newArticles}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${label} sync: ${problems.join('; ')}`);
}

/** After the timed run: every article counted, and every feed's articles found by search (untimed). */
async function verifyLibrary(core: BenchCore, feeds: number, items: number, rules: boolean) {
  const counts = await core.call<Counts>('articles.counts');
  // Rules mark some articles read or hide them: then every article is still found by search below, and fewer
  // (never more, never none) are counted unread.
  const expected = feeds * items;
  if (rules ? counts.unread > expected || counts.unread === 0 : counts.unread !== expected)
    throw new Error(`library holds ${counts.unread} unread articles, expected ${feeds * items}`);
  const step = Math.max(1, Math.floor(feeds / 100));
  let feedsSearched = 0;
  for (let index = 0; index < feeds; index += step) {
    const result = await core.call<SearchResult>('search.articles', { query: feedToken(index), limit: SEARCH_LIMIT });
    if (result.hits.length !== Math.min(items, SEARCH_LIMIT))
      throw new Error(`search for ${feedToken(index)} found ${result.hits.length} of ${items}`);
    feedsSearched += 1;
  }
  return { unread: counts.unread, feedsSearched };
}
