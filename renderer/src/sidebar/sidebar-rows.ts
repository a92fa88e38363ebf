/**
 * What every section and feed row of the sidebar needs from the list around it, gathered once by `SectionList`
 * and handed to each account's group: the live unread counts, which sections are folded, and the selection.
 */
import type { Feed } from '@contract/library-models';
import type { Counts } from '@contract/library-queries';
import type { Section } from '@contract/models';
import type { Selection } from '../library/views';

export interface SidebarRows {
  sectionUnread: (section: Section) => number;
  feedUnread: (feed: Feed) => number;
  isCollapsed: (sectionId: string) => boolean;
  toggle: (sectionId: string) => void;
  selection: Selection;
  onSelect: (next: Selection) => void;
}

/** The counts event's numbers where it has them, else the ones the section or feed came with. */
export function unreadOf(counts: Counts | null): Pick<SidebarRows, 'sectionUnread' | 'feedUnread'> {
  const sections = new Map(counts?.sections.map((entry) => [entry.id, entry.unread]));
  const feeds = new Map(counts?.feeds.map((entry) => [entry.id, entry.unread]));
  return {
    sectionUnread: (section) => sections.get(section.id) ?? section.unreadCount,
    feedUnread: (feed) => feeds.get(feed.id) ?? feed.unreadCount,
  };
}
