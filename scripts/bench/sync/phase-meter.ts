/**
 * Wall time with CPU time beside it. CPU is the whole process's (`process.cpuUsage()` is getrusage's
 * RUSAGE_SELF: every thread, so the host, the core worker and the reading thread), which is steadier
 * than wall time when other work shares the machine.
 */
export interface PhaseTime {
  ms: number;
  cpuMs: number;
}

export interface Clocks {
  /** Milliseconds, monotonic. */
  now(): number;
  /** User + system CPU of the process so far, in microseconds. */
  cpuMicros(): number;
}

export const processClocks: Clocks = {
  now: () => performance.now(),
  cpuMicros: () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  },
};

export interface Phase {
  /** Time since the phase started; may be read at several stop points (readable, then full). */
  lap(): PhaseTime;
}

export function startPhase(clocks: Clocks = processClocks): Phase {
  const cpuAt = clocks.cpuMicros();
  const at = clocks.now();
  return {
    lap: () => {
      const ms = clocks.now() - at;
      return { ms, cpuMs: (clocks.cpuMicros() - cpuAt) / 1000 };
    },
  };
}
