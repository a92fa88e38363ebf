/**
 * The reader's accounts for the whole window, loaded once in `App` beside the library data: the sidebar groups
 * sections under them, the dialogs offer them, the menus and the sync panel read their capabilities and status,
 * and Settings → Accounts lists them. One list, kept current by `accounts.changed`, rather than one per view.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Account } from '@contract/methods/accounts';
import { useAccounts, type AccountsView } from './use-accounts';

const AccountsContext = createContext<AccountsView | null>(null);

export function AccountsProvider({ reloadKey, children }: { reloadKey: unknown; children: ReactNode }) {
  return <AccountsContext value={useAccounts(reloadKey)}>{children}</AccountsContext>;
}

/** The list as loading, loaded or failed, and a way to load it again. */
export function useAccountsView(): AccountsView {
  const value = useContext(AccountsContext);
  if (!value) throw new Error('useAccountsView() needs an <AccountsProvider> above it.');
  return value;
}

const NONE: never[] = [];

/** The accounts once loaded (the local one first); none while loading or after a failure. */
export function useAccountList(): readonly Account[] {
  const { state } = useAccountsView();
  return state.status === 'ready' ? state.value : NONE;
}

/** An account by id; null while the list loads or for an id it does not know. */
export function accountOf(accounts: readonly Account[], id: string): Account | null {
  return accounts.find((account) => account.id === id) ?? null;
}
