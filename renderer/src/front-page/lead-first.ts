/**
 * A band's lead story is its newest story with a picture (a front page leads with a picture when it has one), or
 * its newest story when none has; the others follow, newest first. The reading order of the keyboard and of screen
 * readers is this order, which is also the order the band shows.
 */
import type { ArticleSummary } from '@contract/library-models';

export function leadFirst<T extends Pick<ArticleSummary, 'leadImageUrl'>>(articles: readonly T[]): T[] {
  const lead = articles.findIndex((article) => article.leadImageUrl !== null);
  if (lead <= 0) return [...articles];
  return [articles[lead]!, ...articles.slice(0, lead), ...articles.slice(lead + 1)];
}
