import type { Feed } from '@contract/library-models';
import { useStoredState } from '../hooks/use-stored-state';
import { useLibraryData } from '../library/library-data';
import type { Selection } from '../library/views';
import { FeedList } from './FeedList';
import { InlineError } from '../ui/InlineError';
import { SectionGroup } from './SectionGroup';
import { AddFeedButton, SubscriptionButtons } from '../subscriptions/SubscriptionButtons';
import { FirstRunOffer } from '../subscriptions/FirstRunOffer';

interface SectionListProps {
  selection: Selection;
  onSelect: (next: Selection) => void;
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The reader's sections with their feeds, then feeds in no section; loading, error and empty states. */
export function SectionList({ selection, onSelect }: SectionListProps) {
  const { sectionsQuery: sections, feeds, counts } = useLibraryData();
  const [collapsed, setCollapsed] = useStoredState<string[]>('broadsheet.collapsedSections', [], isIdList);
  const sectionUnread = new Map(counts?.sections.map((entry) => [entry.id, entry.unread]));
  const feedUnreadById = new Map(counts?.feeds.map((entry) => [entry.id, entry.unread]));
  const feedUnread = (feed: Feed) => feedUnreadById.get(feed.id) ?? feed.unreadCount;
  const feedsOf = (sectionId: string | null) =>
    feeds.filter((feed) => feed.sectionId === sectionId).sort((a, b) => a.position - b.position);
  const toggle = (id: string) =>
    setCollapsed(collapsed.includes(id) ? collapsed.filter((other) => other !== id) : [...collapsed, id]);
  const loose = feedsOf(null);

  return (
    <>
      <div className="sidebar-group">
        <div className="sidebar-heading-row">
          <h2 className="sidebar-heading" id="sidebar-sections-heading">
            Sections
          </h2>
          <SubscriptionButtons />
        </div>
        {sections.status === 'loading' && (
          <p className="sidebar-note" role="status">
            Loading sections…
          </p>
        )}
        {sections.status === 'error' && (
          <InlineError what="Sections could not be loaded" error={sections.error} onRetry={sections.retry} />
        )}
        {sections.status === 'ready' && sections.value.length === 0 && (
          <div className="sidebar-empty">
            <p className="sidebar-empty__title">No sections yet</p>
            <p className="sidebar-empty__hint">Add a feed to start your first section.</p>
            <AddFeedButton />
          </div>
        )}
        {sections.status === 'ready' && sections.value.length === 0 && <FirstRunOffer />}
        {sections.status === 'ready' && sections.value.length > 0 && (
          <ul className="sidebar-list" aria-labelledby="sidebar-sections-heading">
            {[...sections.value]
              .sort((a, b) => a.position - b.position)
              .map((section) => (
                <SectionGroup
                  key={section.id}
                  section={section}
                  unread={sectionUnread.get(section.id) ?? section.unreadCount}
                  feeds={feedsOf(section.id)}
                  feedUnread={feedUnread}
                  collapsed={collapsed.includes(section.id)}
                  onToggle={() => toggle(section.id)}
                  selection={selection}
                  onSelect={onSelect}
                />
              ))}
          </ul>
        )}
      </div>
      {loose.length > 0 && (
        <div className="sidebar-group">
          <h2 className="sidebar-heading" id="sidebar-loose-heading">
            Other feeds
          </h2>
          <FeedList
            label="Other feeds"
            feeds={loose}
            feedUnread={feedUnread}
            selection={selection}
            onSelect={onSelect}
          />
        </div>
      )}
    </>
  );
}
