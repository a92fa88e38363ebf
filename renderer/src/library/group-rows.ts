/** One row of a virtualized list: a day heading or an article. */
import type { ArticleSummary } from '@contract/library-models';
import { dayKey, dayLabel } from './format-time';

export type ListRow =
  { type: 'heading'; key: string; label: string } | { type: 'article'; key: string; article: ArticleSummary };

/**
 * Flattens articles (already in list order) into rows with a heading each
 * time the local day changes, so the virtualizer can treat both alike.
 */
export function groupByDay(articles: readonly ArticleSummary[], now = Date.now()): ListRow[] {
  const rows: ListRow[] = [];
  let previous: string | null = null;
  for (const article of articles) {
    const day = dayKey(article.sortTime);
    if (day !== previous) {
      rows.push({ type: 'heading', key: `day:${day}`, label: dayLabel(article.sortTime, now) });
      previous = day;
    }
    rows.push({ type: 'article', key: article.id, article });
  }
  return rows;
}

/** How a list is headed: by day, or by section (the core returns each section's articles together). */
export type Grouping = { by: 'day' } | { by: 'section'; name: (article: ArticleSummary) => string };

/** A heading each time the section changes; the list arrives ordered by section, so each appears once. */
export function groupBySection(
  articles: readonly ArticleSummary[],
  name: (article: ArticleSummary) => string,
): ListRow[] {
  const rows: ListRow[] = [];
  let previous: string | null | undefined;
  for (const article of articles) {
    if (article.sectionId !== previous) {
      rows.push({ type: 'heading', key: `section:${article.sectionId ?? 'none'}`, label: name(article) });
      previous = article.sectionId;
    }
    rows.push({ type: 'article', key: article.id, article });
  }
  return rows;
}
