/**
 * The command line is its own host, and a host owns the passwords (see electron/host/platform.ts). There is no
 * keychain here: secrets live in the data folder's `secrets.json` (mode 0600), the same file and format the
 * preview uses and the desktop app seals with its keychain (core/secrets). A password the desktop app sealed
 * cannot be opened here; it reads as locked, so `sync` can ask for it on stdin instead of failing obscurely.
 */
import { join } from 'node:path';
import type { AccountCredentials } from '../../api/methods/accounts';
import { passwordSecret, readAccountCredentials } from '../secrets/account-secrets';
import { createFileSecretStore, SECRETS_FILE, SecretLockedError } from '../secrets/file-secret-store';
import type { SecretStore } from '../secrets/secret-store';

export function openSecretFile(dataDir: string): SecretStore {
  return createFileSecretStore(join(dataDir, SECRETS_FILE));
}

export interface StoredCredentials {
  credentials: AccountCredentials;
  /** The password is there but sealed by the desktop app's keychain (an App key is read as null alike). */
  locked: boolean;
  /** Why a password that exists could not be read (other than locked), for the summary. */
  unreadable: string | null;
}

/** Each account's credentials as the file has them; a locked or unreadable secret is null, and says so. */
export async function readStoredCredentials(
  secrets: SecretStore,
  accountIds: readonly string[],
): Promise<StoredCredentials[]> {
  const stored: StoredCredentials[] = [];
  for (const id of accountIds) {
    let locked = false;
    let unreadable: string | null = null;
    const credentials = await readAccountCredentials(secrets, id, (name, error) => {
      if (name !== passwordSecret(id)) return;
      if (error instanceof SecretLockedError) locked = true;
      else unreadable = error instanceof Error ? error.message : String(error);
    });
    stored.push({ credentials, locked, unreadable });
  }
  return stored;
}
