/**
 * The story grouper of one database connection, kept in memory between stores so grouping a new article never
 * reads the whole window back: built from `story_signatures` once, then brought up to date before each store
 * with the rows stored since (by this connection or another: the CLI can store into the library the app has
 * open). Rebuilt from the table, after pruning it, once the clock has moved on by an hour, so memory and the
 * document frequencies follow the window instead of growing for as long as the app runs.
 *
 * If a store that grouped articles is rolled back, the grouper may remember articles that were never stored; a
 * later article that joins one of them gets a story id no other article has, which lists show as a story of one.
 * The next rebuild forgets them.
 */
import type { Db } from '../../db/sql';
import { DEFAULT_GROUPING, StoryGrouper } from '../../stories/story-grouper';
import { pruneStorySignatures, storySignaturesAfter } from '../tables/story-signatures-table';
import { toIdString } from '../row-ids';

/** How long a signature is kept: a story's copies arrive within the window of each other, so twice it is plenty. */
export const SIGNATURE_KEPT_MS = 2 * DEFAULT_GROUPING.windowMs;
const REBUILD_EVERY_MS = 60 * 60 * 1000;

interface Index {
  grouper: StoryGrouper;
  /** The highest article id the grouper has seen. */
  lastId: number;
  builtAt: number;
}

const indexes = new WeakMap<Db, Index>();

/** The connection's grouper, up to date with the table (pruned and rebuilt when an hour has passed). */
export function storyIndexFor(db: Db, now: number): Index {
  let index = indexes.get(db);
  if (!index || now - index.builtAt >= REBUILD_EVERY_MS || now < index.builtAt) {
    pruneStorySignatures(db, now - SIGNATURE_KEPT_MS);
    index = { grouper: new StoryGrouper(DEFAULT_GROUPING), lastId: 0, builtAt: now };
    indexes.set(db, index);
  }
  for (const row of storySignaturesAfter(db, index.lastId, now - SIGNATURE_KEPT_MS)) {
    index.grouper.remember({
      id: toIdString(row.articleId),
      storyId: toIdString(row.storyId),
      time: row.time,
      links: row.links,
      counts: row.terms,
      days: row.days,
      source: String(row.feedId),
    });
    index.lastId = row.articleId;
  }
  return index;
}

/** Forgets the connection's grouper (a restore replaced the library, or a test wants a cold start). */
export function forgetStoryIndex(db: Db): void {
  indexes.delete(db);
}
