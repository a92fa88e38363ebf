/**
 * One account in Settings → Accounts: its name and status, where it syncs and as whom, when it last synced
 * (relative, the exact time on hover), its counts, the last error, and its actions. The account "On this
 * computer" has no password and cannot be removed.
 */
import { useId, useState } from 'react';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import { formErrorText, countsText, serviceText, STATUS_TEXT } from '../accounts/account-text';
import { useApi } from '../api/ApiProvider';
import { longTime } from '../library/format-time';
import { agoLabel } from '../sync/last-refresh';
import { Icon } from '../ui/Icon';

interface AccountRowProps {
  account: Account;
  now: number;
  onSynced: () => void;
  onChangePassword: () => void;
  onRemove: () => void;
}

export function AccountRow({ account, now, onSynced, onChangePassword, onRemove }: AccountRowProps) {
  const api = useApi();
  const nameId = useId();
  const [starting, setStarting] = useState(false);
  const [syncError, setSyncError] = useState<string | null>(null);
  const local = account.id === LOCAL_ACCOUNT_ID;
  const syncing = starting || account.status === 'syncing';

  const syncNow = async () => {
    setStarting(true);
    setSyncError(null);
    try {
      await api.call('accounts.sync', account.id);
      onSynced();
    } catch (caught) {
      setSyncError(formErrorText(caught));
    } finally {
      setStarting(false);
    }
  };

  return (
    <li className="account-row" aria-labelledby={nameId}>
      <div className="account-row__head">
        <h4 className="account-row__name" id={nameId}>
          {account.name}
        </h4>
        <span className={`account-status account-status--${account.status}`}>
          {(account.status === 'error' || account.status === 'needs-password') && <Icon name="warning" />}
          {STATUS_TEXT[account.status]}
        </span>
      </div>
      <p className="account-row__where">
        {serviceText(account)}
        {account.url && <> · {account.url}</>}
        {account.user && <> · {account.user}</>}
      </p>
      <p className="account-row__facts">
        {account.lastSyncAt ? (
          <>
            Last synced{' '}
            <time dateTime={account.lastSyncAt} title={longTime(account.lastSyncAt)}>
              {agoLabel(account.lastSyncAt, now)}
            </time>
          </>
        ) : (
          'Not synced yet'
        )}{' '}
        · {countsText(account)}
      </p>
      {account.lastError && account.status !== 'ok' && account.status !== 'syncing' && (
        <p className="account-row__error">{account.lastError}</p>
      )}
      {syncError && (
        <p className="account-row__error" role="alert">
          {syncError}
        </p>
      )}
      <div className="account-row__actions">
        <button
          type="button"
          className="button button--small"
          disabled={syncing}
          aria-describedby={nameId}
          onClick={() => void syncNow()}
        >
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        {account.user !== null && (
          <button
            type="button"
            className={
              account.status === 'needs-password' ? 'button button--small button--primary' : 'button button--small'
            }
            aria-describedby={nameId}
            onClick={onChangePassword}
          >
            {account.status === 'needs-password' ? 'Enter password…' : 'Change password…'}
          </button>
        )}
        {!local && (
          <button type="button" className="button button--small" aria-describedby={nameId} onClick={onRemove}>
            Remove…
          </button>
        )}
      </div>
    </li>
  );
}
