/**
 * The one writer of `story_signatures` (migration 019): what story grouping compares a new article with — its
 * feed, sort time, normalised links, title and lead term counts, the days it names, and the story it was placed in.
 * Only recent rows matter; `pruneStorySignatures` drops the old ones. An article's row goes with the article
 * (ON DELETE CASCADE).
 */
import { all, run, type Db } from '../../db/sql';

export interface StorySignatureRow {
  articleId: number;
  storyId: number;
  /** The article's feed: two articles of one feed are never grouped by their words. */
  feedId: number;
  time: number;
  links: readonly string[];
  terms: ReadonlyMap<string, number>;
  days: ReadonlySet<string>;
}

interface StoredSignature {
  article_id: number;
  story_id: number;
  feed_id: number;
  time: number;
  links: string;
  terms: string;
  days: string;
}

export function insertStorySignature(db: Db, row: StorySignatureRow): void {
  run(
    db,
    `INSERT OR REPLACE INTO story_signatures (article_id, story_id, feed_id, time, links, terms, days)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.articleId,
    row.storyId,
    row.feedId,
    row.time,
    JSON.stringify(row.links),
    JSON.stringify(Object.fromEntries(row.terms)),
    [...row.days].join(' '),
  );
}

/** The signatures stored after `afterArticleId` (by any connection), sorting at `since` or later, in id order. */
export function storySignaturesAfter(db: Db, afterArticleId: number, since: number): StorySignatureRow[] {
  return all<StoredSignature>(
    db,
    `SELECT article_id, story_id, feed_id, time, links, terms, days FROM story_signatures
     WHERE article_id > ? AND time >= ? ORDER BY article_id`,
    afterArticleId,
    since,
  ).map((row) => ({
    articleId: row.article_id,
    storyId: row.story_id,
    feedId: row.feed_id,
    time: row.time,
    links: JSON.parse(row.links) as string[],
    terms: new Map(Object.entries(JSON.parse(row.terms) as Record<string, number>)),
    days: new Set(row.days === '' ? [] : row.days.split(' ')),
  }));
}

/** Drops the signatures of articles sorting before `before`: no new article can be grouped with them. */
export function pruneStorySignatures(db: Db, before: number): number {
  return run(db, 'DELETE FROM story_signatures WHERE time < ?', before);
}
