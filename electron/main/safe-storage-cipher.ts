/**
 * The desktop app's secrets are sealed with Electron's safeStorage (the system keychain: Keychain, DPAPI,
 * libsecret/kwallet). Where it cannot encrypt there is no cipher, and the secrets file's 0600 mode is the only
 * protection; `weak` also says when Linux fell back to a hard-coded key ('basic_text'), so the reader can be told.
 */
import { safeStorage } from 'electron';
import type { PasswordStorage } from '../api/methods/accounts';
import type { SecretCipher } from '../core/secrets/file-secret-store';

export interface DesktopCipher {
  cipher: SecretCipher | null;
  weak: boolean;
}

export function safeStorageCipher(platform: NodeJS.Platform = process.platform): DesktopCipher {
  if (!safeStorage.isEncryptionAvailable()) return { cipher: null, weak: true };
  const weak = platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    cipher: {
      scheme: 'electron-safe-storage',
      encrypt: (plain) => safeStorage.encryptStringAsync(plain),
      decrypt: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
    },
    weak,
  };
}

/** What Settings → Accounts tells the reader about this cipher: weak where there is none or Linux's fallback key. */
export function passwordStorageOf({ cipher, weak }: DesktopCipher): PasswordStorage {
  if (cipher === null) return { kind: 'no-keychain' };
  return { kind: weak ? 'weak-keychain' : 'keychain' };
}
