/**
 * `BENCH_ALLOCATION_PROFILE=<file.heapprofile>`: V8's sampling heap profiler over the measured syncs, keeping the
 * samples of objects already collected too, so the profile shows where the process allocates (what makes the heap
 * grow, and with it the RSS), not only what is still alive at the end. Open the file in Chrome DevTools (Memory →
 * Load) or sum it by function. Off by default: sampling slows the run.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface AllocationProfile {
  stop(): Promise<void>;
}

export async function startAllocationProfile(path: string | undefined): Promise<AllocationProfile> {
  if (!path) return { stop: async () => undefined };
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return {
    async stop() {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
