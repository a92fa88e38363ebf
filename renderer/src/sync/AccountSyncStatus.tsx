/**
 * Each sync service's sync beside the feeds' refresh: syncing, when it last synced, or what went wrong (the
 * account's last error in the core's words) with the way out — the password in Settings → Accounts, or another
 * try — and how many older unread articles are still to come. This computer's feeds are the refresh line above,
 * so it is not repeated here.
 */
import { useId } from 'react';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import { STATUS_TEXT, stillToComeText } from '../accounts/account-text';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { longTime } from '../library/format-time';
import { Icon } from '../ui/Icon';
import { agoLabel } from './last-refresh';

interface AccountSyncStatusProps {
  accounts: readonly Account[];
  now: number;
  online: boolean;
  onOpenAccounts: () => void;
}

export function AccountSyncStatus({ accounts, now, online, onOpenAccounts }: AccountSyncStatusProps) {
  const services = accounts.filter((account) => account.id !== LOCAL_ACCOUNT_ID);
  if (services.length === 0) return null;
  return (
    <ul className="account-sync" aria-label="Sync services">
      {services.map((account) => (
        <AccountSyncLine key={account.id} account={account} now={now} online={online} onOpenAccounts={onOpenAccounts} />
      ))}
    </ul>
  );
}

function AccountSyncLine({
  account,
  now,
  online,
  onOpenAccounts,
}: { account: Account } & Omit<AccountSyncStatusProps, 'accounts'>) {
  const api = useApi();
  const report = useReportError();
  const nameId = useId();
  const failed = account.status === 'error' || account.status === 'needs-password';
  const toCome = stillToComeText(account);
  const syncAgain = () =>
    void api.call('accounts.sync', account.id).catch((error: unknown) => report(`Syncing ${account.name}`, error));
  return (
    <li className={`account-sync__item account-sync__item--${account.status}`}>
      <p className="account-sync__line">
        <span className="account-sync__name" id={nameId}>
          {account.name}
        </span>
        <span className="account-sync__state">
          {failed && <Icon name="warning" />}
          {account.status === 'ok' ? <LastSync account={account} now={now} /> : STATUS_TEXT[account.status]}
        </span>
      </p>
      {toCome && <p className="account-sync__note">{toCome}</p>}
      {failed && account.lastError && <p className="account-sync__error">{account.lastError}</p>}
      {account.status === 'needs-password' && (
        <button type="button" className="link-button" aria-describedby={nameId} onClick={onOpenAccounts}>
          Enter password…
        </button>
      )}
      {account.status === 'error' && (
        <button
          type="button"
          className="link-button"
          aria-describedby={nameId}
          disabled={!online}
          title={online ? undefined : 'Offline: sync when the connection is back'}
          onClick={syncAgain}
        >
          Try again
        </button>
      )}
    </li>
  );
}

function LastSync({ account, now }: { account: Account; now: number }) {
  if (!account.lastSyncAt) return <>Not synced yet</>;
  return (
    <>
      Synced{' '}
      <time dateTime={account.lastSyncAt} title={longTime(account.lastSyncAt)}>
        {agoLabel(account.lastSyncAt, now)}
      </time>
    </>
  );
}
