import type { KeyboardEvent } from 'react';
import type { Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import { isSelected, type Selection } from '../library/views';
import { useLibraryActions } from '../subscriptions/library-actions';
import type { MenuItem } from '../ui/context-menu/ContextMenu';
import { RowMenu } from '../ui/context-menu/RowMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';
import { FeedList } from './FeedList';
import { Icon } from '../ui/Icon';
import { SidebarItem } from './SidebarItem';

interface SectionGroupProps {
  section: Section;
  unread: number;
  feeds: Feed[];
  feedUnread: (feed: Feed) => number;
  collapsed: boolean;
  onToggle: () => void;
  selection: Selection;
  onSelect: (next: Selection) => void;
}

/** A section row with a disclosure button and a menu, and its feeds beneath when expanded. */
export function SectionGroup(props: SectionGroupProps) {
  const { section, unread, feeds, collapsed, onToggle, selection, onSelect } = props;
  const { id, name } = section;
  const feedsId = `section-feeds-${id}`;
  const actions = useLibraryActions();
  const menu = useContextMenu();
  const items: MenuItem[] = [
    { label: 'Refresh', onSelect: () => void actions.refresh({ kind: 'section', id }) },
    {
      label: 'Mark all as read',
      onSelect: () => actions.markAllRead({ kind: 'section', sectionId: id }),
      disabled: unread === 0,
    },
    { label: 'Rename…', onSelect: () => actions.open({ kind: 'rename-section', section }), separated: true },
    { label: 'Manage sections…', onSelect: () => actions.open({ kind: 'sections' }) },
    {
      label: 'Delete section…',
      onSelect: () => actions.open({ kind: 'delete-section', section }),
      danger: true,
      separated: true,
    },
  ];
  // Like a native outline: Left folds a section, Right unfolds it.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (menu.onKeyDown(event)) return;
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
      onContextMenu={menu.onContextMenu}
      rowRef={menu.rowRef}
      trail={<RowMenu name={name} items={items} menu={menu} />}
    >
      {!collapsed && feeds.length > 0 && (
        <FeedList
          id={feedsId}
          label={`Feeds in ${name}`}
          feeds={feeds}
          feedUnread={props.feedUnread}
          selection={selection}
          onSelect={onSelect}
        />
      )}
    </SidebarItem>
  );
}
