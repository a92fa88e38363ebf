/**
 * A feed under its section, led by its cached icon or a lettered placeholder. When its last refresh failed it
 * carries a warning mark instead, with the reason for screen readers and on hover; the refresh panel sums failures
 * up, so the sidebar stays quiet.
 */
import type { KeyboardEvent } from 'react';
import type { Feed } from '@contract/library-models';
import { useLibraryActions } from '../subscriptions/library-actions';
import type { MenuItem } from '../ui/context-menu/ContextMenu';
import { RowMenu } from '../ui/context-menu/RowMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';
import { FeedBadge } from './FeedBadge';
import { SidebarItem } from './SidebarItem';

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
      picture={error ? undefined : <FeedBadge feedId={feed.id} title={feed.title} />}
      name={feed.options.paused ? `${feed.title} (paused)` : feed.title}
      count={unread}
      selected={selected}
      onSelect={onSelect}
      describedBy={error ? errorId : undefined}
      hint={error ? `${feed.title}\nLast refresh failed: ${error}` : feed.title}
      onContextMenu={menu.onContextMenu}
      rowRef={menu.rowRef}
      onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => menu.onKeyDown(event)}
      trail={<RowMenu name={feed.title} items={items} menu={menu} />}
    >
      {error && (
        <span className="visually-hidden" id={errorId}>
          Last refresh failed: {error}
        </span>
      )}
    </SidebarItem>
  );
}
