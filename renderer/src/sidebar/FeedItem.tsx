/**
 * A feed under its section, led by its cached icon or a lettered placeholder. When its last refresh failed it
 * carries a warning mark instead, with the reason for screen readers and on hover; the refresh panel sums failures
 * up, so the sidebar stays quiet. Its menu follows its account's capabilities; a sync service's feed is refreshed by
 * syncing its account.
 */
import type { KeyboardEvent } from 'react';
import type { Feed } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import { accountOf, useAccountList } from '../accounts/accounts-data';
import { unavailableReason } from '../accounts/capability-text';
import { useLibraryActions } from '../subscriptions/library-actions';
import { unavailable, type MenuItem } from '../ui/context-menu/ContextMenu';
import { RowMenu } from '../ui/context-menu/RowMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';
import { FeedBadge } from './FeedBadge';
import { moveToAccountItems } from './move-to-account-items';
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
  const accounts = useAccountList();
  const account = accountOf(accounts, feed.accountId);
  // What the feed's service lets other apps change; the rest stays in the menu, unavailable, with the reason.
  const subscriptions = unavailableReason(account, 'subscriptions');
  const folders = unavailableReason(account, 'folders') ?? subscriptions;
  const items: MenuItem[] = [
    {
      label: 'Refresh',
      onSelect: () =>
        feed.accountId === LOCAL_ACCOUNT_ID
          ? void actions.refresh({ kind: 'feed', id: feed.id })
          : actions.syncAccount(feed.accountId),
    },
    {
      label: 'Mark all as read',
      onSelect: () => actions.markAllRead({ kind: 'feed', feedId: feed.id }),
      disabled: unread === 0,
    },
    {
      label: 'Rename…',
      onSelect: () => actions.open({ kind: 'rename-feed', feed }),
      separated: true,
      ...unavailable(subscriptions),
    },
    { label: 'Move to section…', onSelect: () => actions.open({ kind: 'move-feed', feed }), ...unavailable(folders) },
    ...moveToAccountItems(feed, accounts, (accountId) => actions.open({ kind: 'move-to-account', feed, accountId })),
    { label: 'Options…', onSelect: () => actions.open({ kind: 'feed-options', feed }) },
    {
      label: 'Unsubscribe…',
      onSelect: () => actions.open({ kind: 'unsubscribe', feed }),
      danger: true,
      separated: true,
      ...unavailable(subscriptions),
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
