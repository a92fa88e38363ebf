/**
 * Where the keyboard moves: the article `direction` steps away in the loaded list (optionally skipping to
 * the next that matches), and the next or previous section or feed in the sidebar's order.
 */
import type { ArticleSummary, Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
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

/** The sections in the sidebar's order. */
export function sidebarSections(sections: readonly Section[]): Section[] {
  return [...sections].sort((a, b) => a.position - b.position);
}

/** The feeds in the sidebar's order: each section's, in the sections' order, then the feeds in none. */
export function sidebarFeeds(sections: readonly Section[], feeds: readonly Feed[]): Feed[] {
  const byPosition = (a: Feed, b: Feed) => a.position - b.position;
  const of = (sectionId: string | null) => feeds.filter((feed) => feed.sectionId === sectionId).sort(byPosition);
  const known = new Set(sections.map((section) => section.id));
  return [
    ...sidebarSections(sections).flatMap((section) => of(section.id)),
    ...feeds.filter((feed) => feed.sectionId === null || !known.has(feed.sectionId)).sort(byPosition),
  ];
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
): string | null {
  const ordered = sidebarSections(sections);
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
): string | null {
  const ordered = sidebarFeeds(sections, feeds);
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
