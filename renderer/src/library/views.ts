/**
 * What the sidebar can select: one of the built-in smart views or a section.
 * The article list and reading pane follow the selection.
 */
export type SmartViewId = 'front-page' | 'unread' | 'today' | 'bookmarks';

export type Selection = { kind: 'smart'; id: SmartViewId } | { kind: 'section'; id: string };

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
];

export const DEFAULT_SELECTION: Selection = { kind: 'smart', id: 'front-page' };

export function isSelected(selection: Selection, candidate: Selection): boolean {
  return selection.kind === candidate.kind && selection.id === candidate.id;
}
