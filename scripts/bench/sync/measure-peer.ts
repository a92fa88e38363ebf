/**
 * newsboat's side of the sync benchmark: the same refreshes over the same server, after Broadsheet's
 * core has stopped: a full reload with a cold cache at the feeds' first revision, then, with the
 * revised feeds published, an incremental reload with the same cache. Between the two, one untimed
 * reload of the unchanged feeds: newsboat 2.21 keeps no ETag or Last-Modified from a feed's first
 * download (it has no row to store them in yet), so only from its second reload on does it send
 * conditional requests, as it always does for a reader who has used it for more than one refresh.
 * Null (with a note on stderr, never a crash) when newsboat is missing, fails, or BENCH_PEER=0.
 */
import type { FeedServerProcess } from './feed-server-process';
import type { ServerStats } from './feed-server';
import type { PeerMeasurements } from './figures';
import { startNewsboat } from './newsboat';

export interface PeerDiagnostics {
  newsboat: string;
  newsboat_threads: number;
  newsboat_items_full: number;
  newsboat_items_incremental: number;
  newsboat_full_requests: ServerStats;
  /** The untimed reload that gives newsboat its validators. */
  newsboat_second_reload_ms: number;
  newsboat_second_reload_requests: ServerStats;
  newsboat_incremental_requests: ServerStats;
}

export async function measurePeer(
  server: FeedServerProcess,
  threads: number,
): Promise<{ peer: PeerMeasurements; diagnostics: PeerDiagnostics } | null> {
  if (process.env.BENCH_PEER === '0') {
    console.error('BENCH_PEER=0: newsboat not run, peer figures are null');
    return null;
  }
  const session = startNewsboat(server.urls, threads);
  if (!session) {
    console.error('newsboat is not installed (Debian: apt-get install newsboat): peer figures are null');
    return null;
  }
  if (!session.gnuTime) console.error('/usr/bin/time is missing (Debian package `time`): newsboat RSS is null');
  try {
    await server.publish('original');
    await server.resetStats();
    const full = await session.reload();
    const fullRequests = await server.stats();
    await server.resetStats();
    const second = await session.reload();
    const secondRequests = await server.stats();
    await server.publish('revised');
    await server.resetStats();
    const incremental = await session.reload();
    const incrementalRequests = await server.stats();
    return {
      peer: { full, incremental },
      diagnostics: {
        newsboat: session.version,
        newsboat_threads: threads,
        newsboat_items_full: full.items,
        newsboat_items_incremental: incremental.items,
        newsboat_full_requests: fullRequests,
        newsboat_second_reload_ms: Math.round(second.ms),
        newsboat_second_reload_requests: secondRequests,
        newsboat_incremental_requests: incrementalRequests,
      },
    };
  } catch (error) {
    console.error(`newsboat failed, peer figures are null: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await server.publish('original');
    session.close();
  }
}
