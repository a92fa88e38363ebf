/**
 * Settings → Accounts says how this computer keeps account passwords when that is less than the system keychain:
 * a desktop with no keyring Broadsheet can use (Linux without GNOME Keyring or KWallet), or the browser preview,
 * which keeps them in a private file by design. Nothing is said where the keychain seals them, or before the host
 * answered (an old host that cannot tell says nothing rather than something untrue).
 */
import type { PasswordStorage } from '@contract/methods/accounts';
import { useQuery } from '../hooks/use-query';

const WEAK =
  'Passwords are stored with weak protection on this computer: your desktop has no keyring Broadsheet can use.';

export function passwordStorageText(kind: PasswordStorage['kind']): string | null {
  switch (kind) {
    case 'keychain':
      return null;
    case 'weak-keychain':
      return `${WEAK} They are kept in a file only your user account can read, sealed with a key any program could know. Set up a keyring (such as GNOME Keyring or KWallet) to protect them properly.`;
    case 'no-keychain':
      return `${WEAK} They are kept unencrypted in a file only your user account can read.`;
    case 'private-file':
      return 'The browser preview has no keychain: passwords are kept unencrypted in secrets.json in its data folder, a file only your user account can read. The desktop app keeps them in the system keychain.';
  }
}

export function PasswordStorageNote() {
  const storage = useQuery('accounts.passwordStorage', []);
  const text = storage.status === 'ready' ? passwordStorageText(storage.value.kind) : null;
  if (text === null || storage.status !== 'ready') return null;
  const weak = storage.value.kind !== 'private-file';
  return <p className={`account-storage-note${weak ? ' account-storage-note--weak' : ''}`}>{text}</p>;
}
