/**
 * "Remove…": an account's feeds, sections and articles leave this computer (nothing changes on the server); the
 * reader chooses whether its bookmarked articles stay as local copies. Cancel is where focus starts.
 */
import { useState } from 'react';
import type { Account } from '@contract/methods/accounts';
import { useApi } from '../api/ApiProvider';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { formErrorText } from './account-text';

interface RemoveAccountDialogProps {
  account: Account;
  onRemoved: (keptBookmarks: boolean) => void;
  onClose: () => void;
}

export function RemoveAccountDialog({ account, onRemoved, onClose }: RemoveAccountDialogProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async (keepBookmarks: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api.call('accounts.remove', account.id, { keepBookmarks });
      onRemoved(keepBookmarks);
    } catch (caught) {
      setBusy(false);
      setError(formErrorText(caught));
    }
  };

  return (
    <Modal
      title={`Remove “${account.name}”?`}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove(false)}>
            Remove with its bookmarks
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void remove(true)}>
            Remove, keep bookmarks
          </button>
        </>
      }
    >
      <p>
        Its feeds, sections and articles leave Broadsheet{account.url ? `; nothing changes on ${account.url}` : ''}.
        Your password for it is forgotten.
      </p>
      <p>
        Keep its bookmarked articles, with their notes and tags, as copies on this computer? Otherwise they are removed
        too.
      </p>
      {busy && (
        <p className="field__hint" role="status">
          Removing…
        </p>
      )}
      <FormError message={error} />
    </Modal>
  );
}
