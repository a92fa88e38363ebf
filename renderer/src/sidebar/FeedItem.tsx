import type { KeyboardEvent } from 'react';
import type { Feed } from '@contract/library-models';
import { useLibraryActions } from '../subscriptions/library-actions';
import type { MenuItem } from '../ui/context-menu/ContextMenu';
import { RowMenu } from '../ui/context-menu/RowMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';
import { SidebarItem } from './SidebarItem';

/** A feed under its section; when its last refresh failed, the reason is shown under it. */
export function FeedItem({
  feed,
  unread,
  selected,
  onSelect,
}: {
  feed: Feed;
  unread: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const error = feed.sync.lastError;
  const errorId = `feed-error-${feed.id}`;
  const actions = useLibraryActions();
  const menu = useContextMenu();
  const items: MenuItem[] = [
    { label: 'Refresh', onSelect: () => void actions.refresh({ kind: 'feed', id: feed.id }) },
    {
      label: 'Mark all as read',
      onSelect: () => actions.markAllRead({ kind: 'feed', feedId: feed.id }),
      disabled: unread === 0,
    },
    { label: 'Rename…', onSelect: () => actions.open({ kind: 'rename-feed', feed }), separated: true },
    { label: 'Move to section…', onSelect: () => actions.open({ kind: 'move-feed', feed }) },
    { label: 'Options…', onSelect: () => actions.open({ kind: 'feed-options', feed }) },
    {
      label: 'Unsubscribe…',
      onSelect: () => actions.open({ kind: 'unsubscribe', feed }),
      danger: true,
      separated: true,
    },
  ];
  return (
    <SidebarItem
      icon={error ? 'warning' : 'feed'}
      name={feed.options.paused ? `${feed.title} (paused)` : feed.title}
      count={unread}
      selected={selected}
      onSelect={onSelect}
      describedBy={error ? errorId : undefined}
      onContextMenu={menu.onContextMenu}
      rowRef={menu.rowRef}
      onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => menu.onKeyDown(event)}
      trail={<RowMenu name={feed.title} items={items} menu={menu} />}
    >
      {error && (
        <p className="sidebar-item__error" id={errorId} title={error}>
          Last refresh failed: {error}
        </p>
      )}
    </SidebarItem>
  );
}
