/**
 * Where an account's secrets live in a `SecretStore`, by name: `account:<id>:password`, and
 * `account:<id>:appkey` for Inoreader's App key. One module names them, so storing, handing over and forgetting
 * can never disagree about which secret belongs to which account — in the desktop app, the preview and the CLI.
 */
import type { AccountCredentials } from '../../api/methods/accounts';
import type { SecretStore } from './secret-store';

export const passwordSecret = (accountId: string) => `account:${accountId}:password`;
export const appKeySecret = (accountId: string) => `account:${accountId}:appkey`;

/** Saves what the reader typed; the App key only where the service has one. */
export async function storeAccountSecrets(
  secrets: SecretStore,
  accountId: string,
  typed: { password: string; appKey?: string | undefined },
): Promise<void> {
  await secrets.set(passwordSecret(accountId), typed.password);
  if (typed.appKey !== undefined) await secrets.set(appKeySecret(accountId), typed.appKey);
}

/** Told about a secret that exists but cannot be read (the name only: a value never leaves this module). */
export type UnreadableSecret = (name: string, error: unknown) => void;

/**
 * One account's credentials for the core. A secret that is missing, sealed by a keychain this process lacks
 * (the desktop app's, read by the preview or the CLI) or unreadable is null: the core then shows "needs your
 * password" instead of failing obscurely. `unreadable` hears of each one that exists but could not be read.
 */
export async function readAccountCredentials(
  secrets: SecretStore,
  accountId: string,
  unreadable: UnreadableSecret = () => undefined,
): Promise<AccountCredentials> {
  return {
    id: accountId,
    password: await readOrNull(secrets, passwordSecret(accountId), unreadable),
    appKey: await readOrNull(secrets, appKeySecret(accountId), unreadable),
  };
}

export async function forgetAccountSecrets(secrets: SecretStore, accountId: string): Promise<void> {
  await secrets.delete(passwordSecret(accountId));
  await secrets.delete(appKeySecret(accountId));
}

async function readOrNull(secrets: SecretStore, name: string, unreadable: UnreadableSecret): Promise<string | null> {
  try {
    return await secrets.get(name);
  } catch (error) {
    unreadable(name, error);
    return null;
  }
}
