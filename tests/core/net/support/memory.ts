import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Collecting garbage first keeps an earlier test's leftovers from hiding this test's growth.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Samples memory while `work` runs and reports the largest growth seen.
 * Loose by nature (GC timing), so tests compare it with generous ceilings
 * that an unbounded read would still blow through many times over.
 */
export async function peakGrowthDuring<T>(
  work: () => Promise<T>,
): Promise<{ value: T; arrayBuffersMb: number; rssMb: number }> {
  collectGarbage();
  const before = process.memoryUsage();
  let arrayBuffers = before.arrayBuffers;
  let rss = before.rss;
  const sample = () => {
    const now = process.memoryUsage();
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await work();
    sample();
    const mb = (bytes: number) => bytes / (1024 * 1024);
    return { value, arrayBuffersMb: mb(arrayBuffers - before.arrayBuffers), rssMb: mb(rss - before.rss) };
  } finally {
    clearInterval(timer);
  }
}
