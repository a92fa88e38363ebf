import type { Feed } from '@contract/library-models';
import { isSelected, type Selection } from '../library/views';
import { FeedItem } from './FeedItem';

interface FeedListProps {
  id?: string;
  label: string;
  feeds: Feed[];
  feedUnread: (feed: Feed) => number;
  selection: Selection;
  onSelect: (next: Selection) => void;
}

export function FeedList({ id, label, feeds, feedUnread, selection, onSelect }: FeedListProps) {
  return (
    <ul className="sidebar-list sidebar-list--feeds" id={id} aria-label={label}>
      {feeds.map((feed) => (
        <FeedItem
          key={feed.id}
          feed={feed}
          unread={feedUnread(feed)}
          selected={isSelected(selection, { kind: 'feed', id: feed.id })}
          onSelect={() => onSelect({ kind: 'feed', id: feed.id })}
        />
      ))}
    </ul>
  );
}
