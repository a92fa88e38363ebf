/**
 * Which account new subscriptions go into (adding a feed, importing OPML), shown only when the reader has a
 * sync service besides this computer. An account whose service does not let other apps manage subscriptions is
 * listed but cannot be chosen, and the hint under the list says why: the choice is never offered and then failed.
 */
import { useId } from 'react';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import { unavailableReason } from '../accounts/capability-text';

interface AccountChooserProps {
  accounts: readonly Account[];
  value: string;
  onChange: (accountId: string) => void;
  disabled?: boolean;
  label?: string;
}

export function AccountChooser({
  accounts,
  value,
  onChange,
  disabled = false,
  label = 'Account',
}: AccountChooserProps) {
  const hintId = useId();
  if (accounts.length <= 1) return null;
  const reasons = accounts.flatMap((account) => {
    const reason = unavailableReason(account, 'subscriptions');
    return reason ? [{ account, reason }] : [];
  });
  return (
    <div className="field account-chooser">
      <label className="field__label" htmlFor={`${hintId}-select`}>
        {label}
      </label>
      <select
        id={`${hintId}-select`}
        value={value}
        disabled={disabled}
        aria-describedby={reasons.length > 0 ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id} disabled={unavailableReason(account, 'subscriptions') !== null}>
            {account.name}
          </option>
        ))}
      </select>
      {reasons.length > 0 && (
        <span className="field__hint" id={hintId}>
          {reasons.map(({ account, reason }) => (
            <span key={account.id} className="account-chooser__reason">
              {account.name}: {reason}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}

/** The account a dialog starts on: the one asked for when new feeds may go there, else this computer. */
export function startingAccount(accounts: readonly Account[], asked: string | undefined): string {
  const account = accounts.find((candidate) => candidate.id === asked);
  return account && unavailableReason(account, 'subscriptions') === null ? account.id : LOCAL_ACCOUNT_ID;
}
