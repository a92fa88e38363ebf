/**
 * "Move to account “…”…" on a feed polled here, one item per sync service account: its server subscribes and the
 * feed's bookmarks and read state come along. None on an account's own feeds, none when there is no such account;
 * an account whose service keeps its subscriptions to itself shows the item unavailable, with the reason.
 */
import type { Feed } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import { unavailableReason } from '../accounts/capability-text';
import { unavailable, type MenuItem } from '../ui/context-menu/ContextMenu';

export function moveToAccountItems(
  feed: Feed,
  accounts: readonly Account[],
  open: (accountId: string) => void,
): MenuItem[] {
  if (feed.accountId !== LOCAL_ACCOUNT_ID) return [];
  return accounts
    .filter((account) => account.id !== LOCAL_ACCOUNT_ID)
    .map((account) => ({
      label: `Move to account “${account.name}”…`,
      onSelect: () => open(account.id),
      ...unavailable(unavailableReason(account, 'subscriptions')),
    }));
}
