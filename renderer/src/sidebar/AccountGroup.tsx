/**
 * One account's part of the sidebar when the reader has several: a heading with its name and status, its
 * sections with their feeds, then its feeds in no section. An account with nothing to show yet says why.
 */
import { useId } from 'react';
import type { Account } from '@contract/methods/accounts';
import type { AccountEntry } from '../library/sidebar-layout';
import { AccountHeading } from './AccountHeading';
import { FeedList } from './FeedList';
import { SectionTree } from './SectionTree';
import type { SidebarRows } from './sidebar-rows';

export function AccountGroup({
  account,
  entry,
  rows,
  onOpenAccounts,
}: {
  account: Account;
  entry: AccountEntry;
  rows: SidebarRows;
  onOpenAccounts: () => void;
}) {
  const headingId = useId();
  const empty = entry.sections.length === 0 && entry.loose.length === 0;
  return (
    <div className="sidebar-group sidebar-account" role="group" aria-labelledby={headingId}>
      <AccountHeading account={account} headingId={headingId} onOpenAccounts={onOpenAccounts} />
      {entry.sections.length > 0 && <SectionTree entries={entry.sections} labelledBy={headingId} rows={rows} />}
      {entry.loose.length > 0 && (
        <FeedList
          label={`Other feeds in ${account.name}`}
          feeds={entry.loose}
          feedUnread={rows.feedUnread}
          selection={rows.selection}
          onSelect={rows.onSelect}
        />
      )}
      {empty && <p className="sidebar-note">{account.status === 'syncing' ? 'Bringing its feeds…' : 'No feeds yet'}</p>}
    </div>
  );
}
