/**
 * The host's half of the account methods that carry or drop a secret. The host owns passwords (see platform.ts):
 * it lets the core test them and keep them in memory (`internal.*` steps, which the UI cannot call), and stores
 * them only once the server accepted them, so a refused password is never written anywhere. An account whose
 * password cannot be stored is taken back out, so "added" always means "still there after a restart".
 */
import type { Handlers } from '../api/contract';
import { ApiError } from '../api/errors';
import { AccountSchema, type Account } from '../api/methods/accounts';
import { forgetAccountSecrets, passwordSecret, storeAccountSecrets } from '../core/secrets/account-secrets';
import type { SecretStore } from './platform';
import type { CoreCaller } from './router';

export type AccountHostMethod = 'accounts.add' | 'accounts.setPassword' | 'accounts.remove';

export interface AccountHostDependencies {
  core: () => CoreCaller;
  secrets: SecretStore;
}

export function createAccountHostHandlers({ core, secrets }: AccountHostDependencies): Handlers<AccountHostMethod> {
  return {
    'accounts.add': async (input) => {
      const account = await accountFrom(core(), 'internal.addAccount', [input]);
      try {
        await storeAccountSecrets(secrets, account.id, input);
      } catch (error) {
        await forgetAccountSecrets(secrets, account.id).catch(() => undefined);
        await core().call('internal.removeAccount', [account.id, { keepBookmarks: false }]);
        throw new ApiError('STORAGE', `The account was not added: its password could not be saved (${reason(error)}).`);
      }
      return account;
    },
    'accounts.setPassword': async (id, password) => {
      const account = await accountFrom(core(), 'internal.setAccountPassword', [id, password]);
      try {
        await secrets.set(passwordSecret(id), password);
      } catch (error) {
        throw new ApiError(
          'STORAGE',
          `The server accepted the password, but it could not be saved (${reason(error)}): Broadsheet will ask for it again after a restart.`,
        );
      }
      return account;
    },
    'accounts.remove': async (id, options) => {
      const removed = await core().call('internal.removeAccount', [id, options]);
      if (!removed.ok) throw ApiError.fromData(removed.error);
      try {
        await forgetAccountSecrets(secrets, id);
      } catch (error) {
        throw new ApiError(
          'STORAGE',
          `The account was removed, but its saved password could not be deleted (${reason(error)}).`,
        );
      }
      return null;
    },
  };
}

async function accountFrom(
  core: CoreCaller,
  method: 'internal.addAccount' | 'internal.setAccountPassword',
  args: unknown[],
): Promise<Account> {
  const envelope = await core.call(method, args);
  if (!envelope.ok) throw ApiError.fromData(envelope.error);
  return AccountSchema.parse(envelope.value);
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
