/**
 * Settings → Accounts: where the reader's feeds come from — this computer, listed first and always there, and
 * each sync service, with its status, last sync and counts, and what can be done with it (sync now, change its
 * password, remove it) — "Add account…", and how many days of unread articles a sync service's first sync
 * downloads. The list follows `accounts.changed`, so a sync's progress and a password the server stopped
 * accepting show as they happen.
 */
import { useId, useState } from 'react';
import type { Account } from '@contract/methods/accounts';
import { AddAccountDialog } from '../accounts/AddAccountDialog';
import { ChangePasswordDialog } from '../accounts/ChangePasswordDialog';
import { PasswordStorageNote } from '../accounts/PasswordStorageNote';
import { RemoveAccountDialog } from '../accounts/RemoveAccountDialog';
import { useAccountsView } from '../accounts/accounts-data';
import { useNow } from '../hooks/use-now';
import { InlineError } from '../ui/InlineError';
import { AccountDownloadSetting } from './AccountDownloadSetting';
import { AccountRow } from './AccountRow';
import type { SettingsSaver } from './use-settings-saver';
import '../accounts/accounts.css';

type Dialog = { kind: 'add' } | { kind: 'password' | 'remove'; account: Account } | null;

export function AccountsGroup({ saver }: { saver: SettingsSaver }) {
  const titleId = useId();
  const { state, reload } = useAccountsView();
  const now = useNow(30_000);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    reload();
  };

  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h3 className="settings-group__title" id={titleId}>
        Accounts
      </h3>
      <p className="settings-field__description">
        Read the same news on every device: connect a sync service and its subscriptions, read articles and stars stay
        the same here and there. Feeds you add on this computer stay here.
      </p>
      <PasswordStorageNote />
      {state.status === 'loading' && <p className="settings-field__description">Loading your accounts…</p>}
      {state.status === 'error' && (
        <InlineError what="Your accounts could not be loaded." error={state.error} onRetry={reload} />
      )}
      {state.status === 'ready' && (
        <ul className="account-list" aria-labelledby={titleId}>
          {state.value.map((account) => (
            <AccountRow
              key={account.id}
              account={account}
              now={now}
              onSynced={reload}
              onChangePassword={() => setDialog({ kind: 'password', account })}
              onRemove={() => setDialog({ kind: 'remove', account })}
            />
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'add' })}>
          Add account…
        </button>
      </div>
      <AccountDownloadSetting saver={saver} />
      <p className="settings-field__description" role="status">
        {message}
      </p>
      {dialog?.kind === 'add' && (
        <AddAccountDialog
          onAdded={(account) => done(`Added “${account.name}”. Its first sync has started.`)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'password' && (
        <ChangePasswordDialog
          account={dialog.account}
          onChanged={(account) => done(`The new password for “${account.name}” works and is saved.`)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveAccountDialog
          account={dialog.account}
          onRemoved={(kept) =>
            done(
              kept
                ? `Removed “${dialog.account.name}”; its bookmarks are kept on this computer.`
                : `Removed “${dialog.account.name}” and its bookmarks.`,
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
