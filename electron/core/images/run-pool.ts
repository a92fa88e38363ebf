/**
 * Runs `work` over `items` with at most `concurrency` in flight. The
 * fetcher's limiter already caps connections per host and overall; this pool
 * only keeps a pass over thousands of images from queueing thousands of
 * promises (and their buffers) at once.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
}
