/**
 * The line `npm run bench -- sync` prints on stdout for one library size: issue 14's figures, in a
 * fixed order, rounded as they are read. Peer figures are null (never missing) when newsboat did
 * not run, so every line has the same keys. docs/PERFORMANCE.md defines each figure.
 */
import type { PhaseTime } from './phase-meter';

export interface SyncMeasurements {
  feeds: number;
  items: number;
  readable: PhaseTime;
  full: PhaseTime;
  unchanged: PhaseTime;
  incremental: PhaseTime;
  peakRssMb: number;
  rssBeforeMb: number;
  rssAfterSettleMb: number;
  settleMs: number;
  loopDelayP99Ms: number;
}

export interface PeerRun {
  ms: number;
  cpuMs: number | null;
  peakRssMb: number | null;
}

export interface PeerMeasurements {
  full: PeerRun;
  incremental: PeerRun;
}

export type SyncFigures = Record<string, number | null>;

export function syncFigures(ours: SyncMeasurements, peer: PeerMeasurements | null): SyncFigures {
  const peakRss = [peer?.full.peakRssMb, peer?.incremental.peakRssMb].filter((mb) => typeof mb === 'number');
  return {
    feeds: ours.feeds,
    items: ours.items,
    sync_readable_ms: whole(ours.readable.ms),
    sync_readable_cpu_ms: whole(ours.readable.cpuMs),
    sync_full_ms: whole(ours.full.ms),
    sync_cpu_ms: whole(ours.full.cpuMs),
    sync_unchanged_ms: whole(ours.unchanged.ms),
    sync_unchanged_cpu_ms: whole(ours.unchanged.cpuMs),
    sync_incremental_ms: whole(ours.incremental.ms),
    sync_incremental_cpu_ms: whole(ours.incremental.cpuMs),
    sync_peak_rss_mb: whole(ours.peakRssMb),
    sync_rss_before_mb: whole(ours.rssBeforeMb),
    sync_rss_after_settle_mb: whole(ours.rssAfterSettleMb),
    sync_rss_after_vs_before: ratio(ours.rssAfterSettleMb, ours.rssBeforeMb),
    sync_settle_ms: whole(ours.settleMs),
    host_loop_delay_p99_ms: hundredths(ours.loopDelayP99Ms),
    peer_newsboat_full_ms: peer ? whole(peer.full.ms) : null,
    peer_newsboat_full_cpu_ms: whole(peer?.full.cpuMs ?? null),
    peer_newsboat_incremental_ms: peer ? whole(peer.incremental.ms) : null,
    peer_newsboat_incremental_cpu_ms: whole(peer?.incremental.cpuMs ?? null),
    peer_newsboat_peak_rss_mb: peakRss.length > 0 ? whole(Math.max(...peakRss)) : null,
    speedup_readable_vs_newsboat: peer ? ratio(peer.full.ms, ours.readable.ms) : null,
    speedup_full_vs_newsboat: peer ? ratio(peer.full.ms, ours.full.ms) : null,
    speedup_incremental_vs_newsboat: peer ? ratio(peer.incremental.ms, ours.incremental.ms) : null,
  };
}

function whole(value: number): number;
function whole(value: number | null): number | null;
function whole(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How many times `numerator` is `denominator`; null when that means nothing (nothing to divide by). */
function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 && Number.isFinite(numerator) ? hundredths(numerator / denominator) : null;
}
