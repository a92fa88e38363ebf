/**
 * Where an account's secrets live in the host's `SecretStore`, by name: `account:<id>:password`, and
 * `account:<id>:appkey` for Inoreader's App key. One module names them, so storing, handing over and forgetting
 * can never disagree about which secret belongs to which account.
 */
import type { AccountCredentials } from '../api/methods/accounts';
import { hostLog } from './log/loggers';
import type { SecretStore } from './platform';

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

/**
 * One account's credentials for the core. A secret that is missing, sealed by a keychain this process lacks
 * (the desktop app's, read by the preview) or unreadable is null: the core then shows "needs your password"
 * instead of failing obscurely.
 */
export async function readAccountCredentials(secrets: SecretStore, accountId: string): Promise<AccountCredentials> {
  return {
    id: accountId,
    password: await readOrNull(secrets, passwordSecret(accountId)),
    appKey: await readOrNull(secrets, appKeySecret(accountId)),
  };
}

export async function forgetAccountSecrets(secrets: SecretStore, accountId: string): Promise<void> {
  await secrets.delete(passwordSecret(accountId));
  await secrets.delete(appKeySecret(accountId));
}

async function readOrNull(secrets: SecretStore, name: string): Promise<string | null> {
  try {
    return await secrets.get(name);
  } catch (error) {
    // The name and the reason only: a secret's value never reaches the log.
    hostLog.warn('The secret {name} could not be read: {reason}', {
      name,
      reason: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
}
