/**
 * Keeps eviction from deleting a file a download has just reused. Storing a
 * picture checks whether its bytes are already on disk and then records them
 * in the index; eviction clears rows, asks which hashes are still in use and
 * deletes the other files. Interleaved, the file a new row points at could
 * go. Since passes for a fetched full text run beside the queued passes
 * (image-passes.ts), stores share this lock (any number at once) and an
 * eviction holds it alone; stores asked for during an eviction wait for it.
 * Only the short store-and-record step is held, never a download.
 */
export interface StoreLock {
  shared<T>(work: () => Promise<T>): Promise<T>;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function createStoreLock(): StoreLock {
  let excluding: Promise<void> | null = null;
  const holders = new Set<Promise<unknown>>();

  return {
    async shared(work) {
      while (excluding) await excluding;
      // No await between the check above and registering: an eviction that starts later waits for this one.
      const held = work();
      holders.add(held);
      try {
        return await held;
      } finally {
        holders.delete(held);
      }
    },
    async exclusive(work) {
      while (excluding) await excluding;
      let release!: () => void;
      excluding = new Promise((resolve) => (release = resolve));
      try {
        await Promise.allSettled([...holders]);
        return await work();
      } finally {
        excluding = null;
        release();
      }
    },
  };
}
