/**
 * The measured process's resident memory, sampled every 50 ms, with what V8 and Node held at the peak sample and
 * during which phase it came: an RSS figure over its target is only useful with where the memory was (the V8 heap,
 * buffers outside it, or neither: SQLite's page cache and the allocator).
 */
export interface MemorySample {
  phase: string;
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

export interface MemorySampler {
  /** Names the phase the following samples belong to. */
  enter(phase: string): void;
  peak(): MemorySample;
  /** The highest sample of each phase. */
  peaks(): Record<string, number>;
  stop(): void;
}

export function sampleMemory(everyMs = 50): MemorySampler {
  let phase = 'start';
  let peak = sample(phase);
  const perPhase: Record<string, number> = {};
  const take = () => {
    const now = sample(phase);
    perPhase[phase] = Math.max(perPhase[phase] ?? 0, now.rssMb);
    if (now.rssMb > peak.rssMb) peak = now;
  };
  const timer = setInterval(take, everyMs);
  return {
    enter(next) {
      take();
      phase = next;
    },
    peak: () => {
      take();
      return peak;
    },
    peaks: () => ({ ...perPhase }),
    stop: () => clearInterval(timer),
  };
}

function sample(phase: string): MemorySample {
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1_048_576);
  return {
    phase,
    rssMb: mb(usage.rss),
    heapTotalMb: mb(usage.heapTotal),
    heapUsedMb: mb(usage.heapUsed),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
  };
}
