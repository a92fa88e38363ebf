/**
 * What newsboat used, read from the two ways the benchmark can ask: GNU time's `-f '%U %S %M'` file
 * (CPU and peak resident memory), or, where /usr/bin/time is missing, the shell's `times` (CPU only).
 */
export interface NewsboatUsage {
  cpuMs: number;
  /** null when only `times` was available. */
  peakRssMb: number | null;
}

/** GNU time writes "Command exited with non-zero status N" above the figures when newsboat fails. */
export function parseGnuTime(output: string): NewsboatUsage | null {
  const line = output.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(line.trim());
  if (!match) return null;
  return {
    cpuMs: Math.round((Number(match[1]) + Number(match[2])) * 1000),
    peakRssMb: Number(match[3]) / 1024,
  };
}

/** The last line of `times`: the shell's children's user and system time, as `1m2.345s 0m0.678s`. */
export function parseShellTimes(output: string): NewsboatUsage | null {
  const line = output.trim().split('\n').at(-1) ?? '';
  const times = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return times.length === 2 ? { cpuMs: Math.round(times[0]! + times[1]!), peakRssMb: null } : null;
}
