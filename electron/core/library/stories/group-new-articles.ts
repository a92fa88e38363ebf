/**
 * Story grouping in the store step (issue 18): each article stored for the first time — by a feed's refresh, a
 * sync service's items, a restore or an import — is placed in a story (`stories/story-grouper.ts`) inside the
 * same transaction, and its signature kept for the articles after it. Only new articles: an article updated
 * later keeps its story. A batch is placed in time order (ties by id), as articles arrive.
 */
import type { Db } from '../../db/sql';
import { setStoryId } from '../tables/articles-table';
import { insertStorySignature } from '../tables/story-signatures-table';
import { storyIndexFor } from './story-index';

/** The lead compared besides the title: the summary, else the start of the text; enough to name the event. */
const LEAD_CHARS = 400;

export interface NewStoryArticle {
  id: number;
  /** Two articles of one feed are never grouped by their words. */
  feedId: number;
  sortTime: number;
  title: string;
  summary: string | null;
  text: string;
  url: string | null;
}

export function leadOf(article: Pick<NewStoryArticle, 'summary' | 'text'>): string {
  const lead = article.summary?.trim() ? article.summary : article.text;
  return lead.slice(0, LEAD_CHARS);
}

export function groupNewArticles(db: Db, articles: readonly NewStoryArticle[], now: number): void {
  if (articles.length === 0) return;
  const index = storyIndexFor(db, now);
  const ordered = [...articles].sort((a, b) => a.sortTime - b.sortTime || a.id - b.id);
  for (const article of ordered) {
    const placed = index.grouper.add({
      id: String(article.id),
      time: article.sortTime,
      title: article.title.slice(0, LEAD_CHARS),
      lead: leadOf(article),
      link: article.url ?? undefined,
      source: String(article.feedId),
    });
    const storyId = Number(placed.storyId);
    insertStorySignature(db, {
      articleId: article.id,
      storyId,
      time: article.sortTime,
      links: placed.signature.links,
      terms: placed.signature.counts,
      days: placed.signature.days,
      feedId: article.feedId,
    });
    if (placed.reason !== 'alone') setStoryId(db, [storyId, article.id], storyId);
    index.lastId = Math.max(index.lastId, article.id);
  }
}
