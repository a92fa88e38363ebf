import type { Feed } from '../../../electron/api/library-models';
import { SidebarItem } from './SidebarItem';

/** A feed under its section; when its last refresh failed, the reason is shown under it. */
export function FeedItem({ feed, unread, selected, onSelect }: { feed: Feed; unread: number; selected: boolean; onSelect: () => void }) {
  const error = feed.sync.lastError;
  const errorId = `feed-error-${feed.id}`;
  return (
    <SidebarItem
      icon={error ? 'warning' : 'feed'}
      name={feed.title}
      count={unread}
      selected={selected}
      onSelect={onSelect}
      describedBy={error ? errorId : undefined}
    >
      {error && (
        <p className="sidebar-item__error" id={errorId} title={error}>
          Last refresh failed: {error}
        </p>
      )}
    </SidebarItem>
  );
}
