/**
 * The accounts group of the contract and the host's internal account steps,
 * over the account service. Adding an account or giving it a new password
 * starts its sync at once (the answer does not wait for it); "Sync now" on
 * the local account refreshes every feed polled here.
 */
import type { CoreCallName, Handlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { LOCAL_ACCOUNT_ID, type Account } from '../../api/methods/accounts';
import type { AccountService } from './account-service';

export type AccountCoreMethod = Extract<CoreCallName, `accounts.${string}` | `internal.${string}`>;

export function createAccountHandlers(service: AccountService, refreshLocal: () => void): Handlers<AccountCoreMethod> {
  const entry = (id: string): Account => {
    const found = service.list().find((account) => account.id === id);
    if (!found) throw new ApiError('NOT_FOUND', 'There is no such account.');
    return found;
  };
  const syncInBackground = (id: string) => void service.sync(id).catch(() => undefined);
  return {
    'accounts.services': () => service.services(),
    'accounts.list': () => service.list(),
    'accounts.sync': (id) => {
      entry(id);
      if (id === LOCAL_ACCOUNT_ID) refreshLocal();
      else syncInBackground(id);
      return entry(id);
    },
    'internal.addAccount': async (input) => {
      const account = await service.add(input);
      syncInBackground(account.id);
      return entry(account.id);
    },
    'internal.setAccountPassword': async (id, password) => {
      await service.setPassword(id, password);
      syncInBackground(id);
      return entry(id);
    },
    'internal.removeAccount': async (id, options) => {
      await service.remove(id, options.keepBookmarks);
      return null;
    },
    'internal.setAccountCredentials': (credentials) => {
      service.setCredentials(credentials);
      return null;
    },
  };
}
