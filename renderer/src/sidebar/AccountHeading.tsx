/**
 * An account's heading in the sidebar: its name (as `accounts.list` gives it), a quiet turning mark while it syncs,
 * its own "Add feed" button (the local account's also manages sections), and under them a small badge when it
 * needs the reader — its password, or a look at why its sync failed — which opens Settings → Accounts.
 */
import type { Account } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import { STATUS_TEXT } from '../accounts/account-text';
import { SubscriptionButtons } from '../subscriptions/SubscriptionButtons';
import { Icon } from '../ui/Icon';

export function AccountHeading({
  account,
  headingId,
  onOpenAccounts,
}: {
  account: Account;
  headingId: string;
  onOpenAccounts: () => void;
}) {
  return (
    <div className="sidebar-heading-row sidebar-account__head">
      <div className="sidebar-account__title">
        <h2 className="sidebar-heading sidebar-account__name" id={headingId} title={account.name}>
          {account.name}
        </h2>
        {account.status === 'syncing' && (
          <span className="sidebar-account__syncing" title={STATUS_TEXT.syncing}>
            <Icon name="refresh" className="is-spinning" />
            <span className="visually-hidden">{STATUS_TEXT.syncing}</span>
          </span>
        )}
      </div>
      <StatusBadge account={account} headingId={headingId} onOpenAccounts={onOpenAccounts} />
      <SubscriptionButtons account={account} manage={account.id === LOCAL_ACCOUNT_ID} />
    </div>
  );
}

function StatusBadge({
  account,
  headingId,
  onOpenAccounts,
}: {
  account: Account;
  headingId: string;
  onOpenAccounts: () => void;
}) {
  if (account.status !== 'needs-password' && account.status !== 'error') return null;
  const hint =
    account.status === 'needs-password'
      ? 'Enter the password in Settings → Accounts'
      : `${account.lastError ?? 'The last sync failed.'}\nMore in Settings → Accounts`;
  return (
    <button
      type="button"
      className={`account-badge account-badge--${account.status}`}
      aria-describedby={headingId}
      title={hint}
      onClick={onOpenAccounts}
    >
      <Icon name="warning" />
      {STATUS_TEXT[account.status]}
    </button>
  );
}
