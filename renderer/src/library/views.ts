/**
 * What the sidebar (or a category link) can select: a built-in smart view, a
 * section, a feed or a category. The middle pane and reading pane follow it.
 */
import type { ListScope } from '@contract/library-queries';

export type SmartViewId = 'front-page' | 'unread' | 'today' | 'bookmarks' | 'hidden';

export type Selection =
  | { kind: 'smart'; id: SmartViewId }
  | { kind: 'section'; id: string }
  | { kind: 'feed'; id: string }
  | { kind: 'category'; id: string }
  /** A full-text search; `id` is the query. */
  | { kind: 'search'; id: string };

export interface SmartView {
  id: SmartViewId;
  name: string;
  /** Shown in the article list when the view has nothing in it. */
  emptyTitle: string;
  emptyHint: string;
}

export const SMART_VIEWS: readonly SmartView[] = [
  {
    id: 'front-page',
    name: 'Front page',
    emptyTitle: 'Nothing on the front page yet',
    emptyHint: 'Add a feed and its newest stories will appear here.',
  },
  {
    id: 'unread',
    name: 'All unread',
    emptyTitle: 'You’re all caught up',
    emptyHint: 'Articles you haven’t read yet will appear here.',
  },
  {
    id: 'today',
    name: 'Today',
    emptyTitle: 'Nothing new today',
    emptyHint: 'Articles published in the last 24 hours will appear here.',
  },
  {
    id: 'bookmarks',
    name: 'Bookmarks',
    emptyTitle: 'No bookmarks yet',
    emptyHint: 'Bookmark an article to keep it here for later.',
  },
  {
    // Always listed, even when empty: articles stay hidden after their rule is deleted, and a reader missing an
    // article looks here first (the counts leave hidden articles out, so the sidebar could not tell anyway).
    id: 'hidden',
    name: 'Hidden by rules',
    emptyTitle: 'Nothing is hidden',
    emptyHint: 'Articles a rule hides are kept here, out of every other list. Rules are in Settings → Rules.',
  },
];

export const DEFAULT_SELECTION: Selection = { kind: 'smart', id: 'front-page' };

export function isSelected(selection: Selection, candidate: Selection): boolean {
  return selection.kind === candidate.kind && selection.id === candidate.id;
}

/** The list query scope of a selection; the front page has none (it has its own method). */
export function scopeOf(selection: Selection): ListScope | null {
  switch (selection.kind) {
    case 'section':
      return { kind: 'section', sectionId: selection.id };
    case 'feed':
      return { kind: 'feed', feedId: selection.id };
    case 'category':
      return { kind: 'category', category: selection.id };
    case 'smart':
      return selection.id === 'front-page' ? null : { kind: selection.id };
    case 'search':
      return null;
  }
}

/** Views that gather articles from many sections show each row's section. */
export function isMixed(selection: Selection): boolean {
  return selection.kind === 'smart' || selection.kind === 'category' || selection.kind === 'search';
}

export function selectionKey(selection: Selection): string {
  return `${selection.kind}:${selection.id}`;
}
