import { describe, expect, it } from 'vitest';
import { syncFigures, type PeerMeasurements, type SyncMeasurements } from '../../../scripts/bench/sync/figures';
import { parseGnuTime, parseShellTimes } from '../../../scripts/bench/sync/newsboat-usage';
import { startPhase, type Clocks } from '../../../scripts/bench/sync/phase-meter';

/**
 * The sync benchmark's arithmetic: what a phase's wall and CPU time are, how newsboat's usage is read,
 * and the line it prints (same keys with or without newsboat, speedups as newsboat's time over ours).
 */
const ours: SyncMeasurements = {
  feeds: 200,
  items: 50,
  readable: { ms: 4_000.4, cpuMs: 5_000.6 },
  full: { ms: 4_200, cpuMs: 5_100 },
  unchanged: { ms: 250, cpuMs: 120 },
  incremental: { ms: 500, cpuMs: 400 },
  peakRssMb: 527.4,
  rssBeforeMb: 150,
  rssAfterSettleMb: 180,
  settleMs: 30_000,
  loopDelayP99Ms: 4.256,
};

const peer: PeerMeasurements = {
  full: { ms: 12_000, cpuMs: 9_000, peakRssMb: 70.4 },
  incremental: { ms: 1_500, cpuMs: 300, peakRssMb: 66 },
};

describe('the sync benchmark line', () => {
  it('prints our figures and newsboat’s, with speedups as newsboat’s time over ours', () => {
    expect(syncFigures(ours, peer)).toEqual({
      feeds: 200,
      items: 50,
      sync_readable_ms: 4_000,
      sync_readable_cpu_ms: 5_001,
      sync_full_ms: 4_200,
      sync_cpu_ms: 5_100,
      sync_unchanged_ms: 250,
      sync_unchanged_cpu_ms: 120,
      sync_incremental_ms: 500,
      sync_incremental_cpu_ms: 400,
      sync_peak_rss_mb: 527,
      sync_rss_before_mb: 150,
      sync_rss_after_settle_mb: 180,
      sync_rss_after_vs_before: 1.2,
      sync_settle_ms: 30_000,
      host_loop_delay_p99_ms: 4.26,
      peer_newsboat_full_ms: 12_000,
      peer_newsboat_full_cpu_ms: 9_000,
      peer_newsboat_incremental_ms: 1_500,
      peer_newsboat_incremental_cpu_ms: 300,
      peer_newsboat_peak_rss_mb: 70,
      speedup_readable_vs_newsboat: 3,
      speedup_full_vs_newsboat: 2.86,
      speedup_incremental_vs_newsboat: 3,
    });
  });

  it('keeps every key, null, when newsboat did not run', () => {
    const withPeer = syncFigures(ours, peer);
    const without = syncFigures(ours, null);
    expect(Object.keys(without)).toEqual(Object.keys(withPeer));
    for (const [key, value] of Object.entries(without))
      expect(value === null, key).toBe(key.startsWith('peer_') || key.startsWith('speedup_'));
  });

  it('leaves newsboat’s RSS and CPU null when they could not be read, and its times stand', () => {
    const unmeasured = { cpuMs: null, peakRssMb: null };
    const figures = syncFigures(ours, {
      full: { ms: 12_000, ...unmeasured },
      incremental: { ms: 1_500, ...unmeasured },
    });
    expect(figures).toMatchObject({
      peer_newsboat_full_ms: 12_000,
      peer_newsboat_full_cpu_ms: null,
      peer_newsboat_incremental_cpu_ms: null,
      peer_newsboat_peak_rss_mb: null,
      speedup_readable_vs_newsboat: 3,
    });
  });
});

describe('a phase', () => {
  it('reads wall and CPU time from one start, at each stop point', () => {
    let now = 1_000;
    let cpuMicros = 50_000;
    const clocks: Clocks = { now: () => now, cpuMicros: () => cpuMicros };
    const phase = startPhase(clocks);
    now += 4_000;
    cpuMicros += 5_000_000;
    expect(phase.lap()).toEqual({ ms: 4_000, cpuMs: 5_000 });
    now += 200;
    cpuMicros += 100_000;
    expect(phase.lap()).toEqual({ ms: 4_200, cpuMs: 5_100 });
  });
});

describe('newsboat’s usage', () => {
  it.each([
    ['12.34 1.66 71680\n', { cpuMs: 14_000, peakRssMb: 70 }],
    ['Command exited with non-zero status 1\n0.02 0.00 9216\n', { cpuMs: 20, peakRssMb: 9 }],
    ['0 0 1024', { cpuMs: 0, peakRssMb: 1 }],
  ])('reads GNU time’s %j', (output, usage) => {
    expect(parseGnuTime(output)).toEqual(usage);
  });

  it.each(['', 'garbage', '12.34 1.66', 'Command terminated by signal 9\n'])(
    'reads nothing from GNU time’s %j',
    (output) => {
      expect(parseGnuTime(output)).toBeNull();
    },
  );

  it.each([
    ['0m0.010s 0m0.004s\n1m2.345s 0m0.655s\n', { cpuMs: 63_000, peakRssMb: null }],
    ['0m0.000s 0m0.000s\n0m0.000s 0m0.000s', { cpuMs: 0, peakRssMb: null }],
  ])('reads the shell’s times %j as CPU only', (output, usage) => {
    expect(parseShellTimes(output)).toEqual(usage);
  });

  it.each(['', 'newsboat: error\n'])('reads nothing from the shell’s %j', (output) => {
    expect(parseShellTimes(output)).toBeNull();
  });
});
