/**
 * "Change password…" (or "Enter password…" when the account needs it): the core tests the new password with the
 * server before the host saves it. Like the add form, the password is cleared from the page as it is sent.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ACCOUNT_LIMITS, type Account } from '@contract/methods/accounts';
import { useApi } from '../api/ApiProvider';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { formErrorText, isRefusal } from './account-text';
import { SecretInput, type SecretField } from './SecretInput';
import { serviceHints } from './service-hints';
import './accounts.css';

interface ChangePasswordDialogProps {
  account: Account;
  onChanged: (account: Account) => void;
  onClose: () => void;
}

export function ChangePasswordDialog({ account, onChanged, onClose }: ChangePasswordDialogProps) {
  const api = useApi();
  const password = useRef<SecretField>(null);
  const [filled, setFilled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hints = account.service ? serviceHints(account.service) : null;

  const submit = async () => {
    if (!filled || busy) return;
    const typed = password.current?.take() ?? '';
    setFilled(false);
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.call('accounts.setPassword', account.id, typed));
    } catch (caught) {
      // Enabled again before focus moves back to the (now empty) password field.
      flushSync(() => {
        setBusy(false);
        setError(formErrorText(caught));
      });
      if (isRefusal(caught)) password.current?.focus();
    }
  };

  const asked = account.status === 'needs-password';
  return (
    <Modal
      title={asked ? `Enter the password for “${account.name}”` : `Change the password for “${account.name}”`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !filled}>
            {busy ? 'Testing…' : 'Test and save'}
          </button>
        </>
      }
    >
      <p>
        {account.user ? `User ${account.user}` : 'This account'}
        {account.url ? ` at ${account.url}` : ''}. The password is tested with the server before it is saved.
      </p>
      <SecretInput
        ref={password}
        label={hints?.passwordLabel ?? 'Password'}
        hint={hints?.password}
        maxLength={ACCOUNT_LIMITS.password}
        disabled={busy}
        onFilled={setFilled}
      />
      {busy && (
        <p className="field__hint" role="status">
          Checking the password with the server…
        </p>
      )}
      <FormError message={error} />
    </Modal>
  );
}
