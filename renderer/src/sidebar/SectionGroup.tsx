import type { KeyboardEvent } from 'react';
import type { Feed } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import type { Section } from '@contract/models';
import { accountOf, useAccountList } from '../accounts/accounts-data';
import { unavailableReason } from '../accounts/capability-text';
import { isSelected, type Selection } from '../library/views';
import { useLibraryActions } from '../subscriptions/library-actions';
import { unavailable, type MenuItem } from '../ui/context-menu/ContextMenu';
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

/**
 * A section row with a disclosure button and a menu, and its feeds beneath when expanded. The menu follows its
 * account's capabilities; a sync service's section is refreshed by syncing its account.
 */
export function SectionGroup(props: SectionGroupProps) {
  const { section, unread, feeds, collapsed, onToggle, selection, onSelect } = props;
  const { id, name } = section;
  const feedsId = `section-feeds-${id}`;
  const actions = useLibraryActions();
  const menu = useContextMenu();
  // A sync service's section is its folder: renamed or deleted only where the service lets other apps do it.
  const folders = unavailableReason(accountOf(useAccountList(), section.accountId), 'folders');
  const items: MenuItem[] = [
    {
      label: 'Refresh',
      onSelect: () =>
        section.accountId === LOCAL_ACCOUNT_ID
          ? void actions.refresh({ kind: 'section', id })
          : actions.syncAccount(section.accountId),
    },
    {
      label: 'Mark all as read',
      onSelect: () => actions.markAllRead({ kind: 'section', sectionId: id }),
      disabled: unread === 0,
    },
    {
      label: 'Rename…',
      onSelect: () => actions.open({ kind: 'rename-section', section }),
      separated: true,
      ...unavailable(folders),
    },
    { label: 'Manage sections…', onSelect: () => actions.open({ kind: 'sections' }) },
    {
      label: 'Delete section…',
      onSelect: () => actions.open({ kind: 'delete-section', section }),
      danger: true,
      separated: true,
      ...unavailable(folders),
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
