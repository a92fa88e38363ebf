import type { KeyboardEvent } from 'react';
import type { Feed } from '../../../electron/api/library-models';
import { isSelected, type Selection } from '../library/views';
import { FeedList } from './FeedList';
import { Icon } from './Icon';
import { SidebarItem } from './SidebarItem';

interface SectionGroupProps {
  id: string;
  name: string;
  unread: number;
  feeds: Feed[];
  feedUnread: (feed: Feed) => number;
  collapsed: boolean;
  onToggle: () => void;
  selection: Selection;
  onSelect: (next: Selection) => void;
}

/** A section row with a disclosure button, and its feeds beneath when expanded. */
export function SectionGroup(props: SectionGroupProps) {
  const { id, name, unread, feeds, collapsed, onToggle, selection, onSelect } = props;
  const feedsId = `section-feeds-${id}`;
  // Like a native outline: Left folds a section, Right unfolds it.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if ((event.key === 'ArrowLeft' && !collapsed) || (event.key === 'ArrowRight' && collapsed)) {
      event.preventDefault();
      onToggle();
    }
  };
  const disclosure = feeds.length > 0 && (
    <button
      type="button"
      className="sidebar-disclosure"
      aria-expanded={!collapsed}
      aria-controls={feedsId}
      aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${name}`}
      onClick={onToggle}
    >
      <Icon name={collapsed ? 'chevron-right' : 'chevron-down'} />
    </button>
  );
  return (
    <SidebarItem
      icon="section"
      name={name}
      count={unread}
      lead={disclosure || <span className="sidebar-disclosure sidebar-disclosure--empty" />}
      selected={isSelected(selection, { kind: 'section', id })}
      onSelect={() => onSelect({ kind: 'section', id })}
      onKeyDown={onKeyDown}
    >
      {!collapsed && feeds.length > 0 && (
        <FeedList id={feedsId} label={`Feeds in ${name}`} feeds={feeds} feedUnread={props.feedUnread} selection={selection} onSelect={onSelect} />
      )}
    </SidebarItem>
  );
}
