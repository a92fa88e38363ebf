import { rm } from 'node:fs/promises';
import { transaction, type Db } from '../db/sql';
import { evictionCandidates } from './image-index';
import { imagePath } from './cache-paths';
import { clearCachedBytes, dropUnusedPlaceholders, hashesInUse } from './image-queries';

/**
 * Shrinks the cache to `maxBytes`: images no article uses first, then least
 * recently used. Images of bookmarked articles are never candidates (the
 * index's rule). The index is updated before files are deleted, so a crash
 * in between leaves only an unreferenced file, never a row pointing at
 * nothing; a file is deleted only when no remaining row shares its bytes.
 */
export interface EvictionReport {
  evicted: number;
  freedBytes: number;
}

export async function enforceQuota(db: Db, root: string, maxBytes: number, now: number): Promise<EvictionReport> {
  const victims = transaction(db, () => {
    const candidates = evictionCandidates(db, maxBytes);
    clearCachedBytes(
      db,
      candidates.map((c) => c.id),
      now,
    );
    dropUnusedPlaceholders(db);
    return candidates;
  });
  const hashes = [...new Set(victims.map((v) => v.contentHash).filter((h): h is string => h !== null))];
  const kept = hashesInUse(db, hashes);
  let freedBytes = 0;
  for (const hash of hashes) {
    if (kept.has(hash)) continue;
    await rm(imagePath(root, hash), { force: true });
    freedBytes += victims.find((v) => v.contentHash === hash)?.byteSize ?? 0;
  }
  return { evicted: victims.length, freedBytes };
}
