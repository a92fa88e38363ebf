/**
 * Where the keyboard moves: the article `direction` steps away in the loaded list (optionally skipping to
 * the next that matches), and the next or previous section or feed in the sidebar's order.
 */
import type { ArticleSummary, Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import { orderedFeeds, orderedSections, sidebarLayout } from '../library/sidebar-layout';
import type { Selection } from '../library/views';

/** With nothing current, forward starts at the top. Null when there is nowhere to go. */
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

/** The sections in the sidebar's order (grouped by account when there are several: `accountOrder`). */
export function sidebarSections(sections: readonly Section[], accountOrder: readonly string[] = []): Section[] {
  return orderedSections(sidebarLayout(accountOrder, sections, []));
}

/** The feeds in the sidebar's order: each section's, in the sections' order, then the feeds in none. */
export function sidebarFeeds(
  sections: readonly Section[],
  feeds: readonly Feed[],
  accountOrder: readonly string[] = [],
): Feed[] {
  return orderedFeeds(sidebarLayout(accountOrder, sections, feeds));
}

/**
 * The section `direction` away from the one the reader is in (the selected section, or the selected feed's);
 * from any other view forward starts at the first section and back at the last. Null past either end.
 */
export function stepSection(
  sections: readonly Section[],
  feeds: readonly Feed[],
  selection: Selection,
  direction: 1 | -1,
  accountOrder: readonly string[] = [],
): string | null {
  const ordered = sidebarSections(sections, accountOrder);
  const currentId =
    selection.kind === 'section'
      ? selection.id
      : selection.kind === 'feed'
        ? (feeds.find((feed) => feed.id === selection.id)?.sectionId ?? null)
        : null;
  const current = currentId === null ? -1 : ordered.findIndex((section) => section.id === currentId);
  const next = current === -1 ? (direction === 1 ? 0 : ordered.length - 1) : current + direction;
  return ordered[next]?.id ?? null;
}

/**
 * The feed `direction` away from the selected one in the sidebar's order. From a selected section, forward is
 * its first feed and back the feed above it; from any other view forward starts at the first feed and back at
 * the last. Null past either end.
 */
export function stepFeed(
  sections: readonly Section[],
  feeds: readonly Feed[],
  selection: Selection,
  direction: 1 | -1,
  accountOrder: readonly string[] = [],
): string | null {
  const ordered = sidebarFeeds(sections, feeds, accountOrder);
  if (selection.kind === 'feed') {
    const current = ordered.findIndex((feed) => feed.id === selection.id);
    if (current !== -1) return ordered[current + direction]?.id ?? null;
  }
  if (selection.kind === 'section') {
    const first = ordered.findIndex((feed) => feed.sectionId === selection.id);
    if (first !== -1) return ordered[direction === 1 ? first : first - 1]?.id ?? null;
  }
  return ordered[direction === 1 ? 0 : ordered.length - 1]?.id ?? null;
}
