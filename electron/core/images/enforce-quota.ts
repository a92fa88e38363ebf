/**
 * Shrinks the cache to `maxBytes`: images no article uses first, then least
 * recently used. Images of bookmarked articles are never candidates (the
 * index's rule). A picture's thumbnail counts with it and goes with it, as
 * does any thumbnail whose picture left the cache some other way. The index
 * is updated before files are deleted, so a crash in between leaves only an
 * unreferenced file, never a row pointing at nothing; a file is deleted only
 * when no remaining row names its bytes.
 */
import { rm } from 'node:fs/promises';
import { transaction, type Db } from '../db/sql';
import { evictionCandidates } from './image-index';
import { imagePath } from './cache-paths';
import { clearCachedBytes, dropUnusedPlaceholders, hashesInUse } from './image-queries';
import { forgetOrphanThumbnails } from './thumbnail-index';

export interface EvictionReport {
  evicted: number;
  freedBytes: number;
}

export async function enforceQuota(db: Db, root: string, maxBytes: number, now: number): Promise<EvictionReport> {
  const { victims, thumbnails } = transaction(db, () => {
    const candidates = evictionCandidates(db, maxBytes);
    clearCachedBytes(
      db,
      candidates.map((c) => c.id),
      now,
    );
    dropUnusedPlaceholders(db);
    return { victims: candidates, thumbnails: forgetOrphanThumbnails(db) };
  });
  const sizes = new Map<string, number>();
  for (const victim of victims) if (victim.contentHash) sizes.set(victim.contentHash, victim.byteSize);
  for (const thumbnail of thumbnails) sizes.set(thumbnail.hash, thumbnail.byteSize);
  const kept = hashesInUse(db, [...sizes.keys()]);
  let freedBytes = 0;
  for (const [hash, size] of sizes) {
    if (kept.has(hash)) continue;
    await rm(imagePath(root, hash), { force: true });
    freedBytes += size;
  }
  return { evicted: victims.length, freedBytes };
}
