/**
 * The article `direction` steps away from the current one in the loaded
 * list, optionally skipping to the next that matches. With nothing current,
 * forward starts at the top. Null when there is nowhere to go.
 */
import type { ArticleSummary } from '@contract/library-models';

export function stepArticle(
  items: readonly ArticleSummary[],
  currentId: string | null,
  direction: 1 | -1,
  matches: (article: ArticleSummary) => boolean = () => true,
): string | null {
  const current = currentId === null ? -1 : items.findIndex((item) => item.id === currentId);
  if (current === -1 && direction === -1) return null;
  for (let index = current + direction; index >= 0 && index < items.length; index += direction) {
    const item = items[index]!;
    if (matches(item)) return item.id;
  }
  return null;
}

export const isUnread = (article: ArticleSummary) => !article.isRead;
