import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, type ELDHistogram } from 'node:perf_hooks';

/**
 * What the host process looks like while the core works: its event-loop
 * delay (the thread Electron's main process would run on) and its resident
 * memory, which includes the worker thread's heap and SQLite's cache since
 * they live in the same process.
 */
export interface RssSampler {
  peakMb(): number;
  stop(): void;
}

/** Samples `process.memoryUsage.rss()` every `everyMs` (the sampling itself is a ~µs call). */
export function sampleRss(everyMs = 50): RssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  return {
    peakMb: () => Math.max(peak, process.memoryUsage.rss()) / 1_048_576,
    stop: () => clearInterval(timer),
  };
}

/** The kernel's high-water mark of resident memory for the whole process (Linux), in MB. */
export function kernelPeakRssMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const RESOLUTION_MS = 10;

/**
 * The histogram records the whole interval between its 10 ms samples (an idle
 * loop reads ~10 ms), so the delay is that minus the resolution.
 */
export function loopDelay(): { histogram: ELDHistogram; p99Ms(): number; rawP99Ms(): number; maxMs(): number } {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const late = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  return {
    histogram,
    p99Ms: () => late(histogram.percentile(99)),
    rawP99Ms: () => histogram.percentile(99) / 1e6,
    maxMs: () => late(histogram.max),
  };
}
