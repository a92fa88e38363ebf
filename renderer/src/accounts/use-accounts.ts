/**
 * The reader's accounts, kept current: loaded once, replaced by every `accounts.changed` the core sends (a sync
 * starting or ending, a password needed), and loaded again after each action here. An answer that arrives after
 * a newer list (a slow load overtaken by an event) is dropped, so the list never steps back in time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LOCAL_ACCOUNT_ID, type Account } from '@contract/methods/accounts';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';
import { useApiEvent } from '../hooks/use-api-event';
import type { QueryState } from '../hooks/use-query';

export interface AccountsView {
  state: QueryState<Account[]>;
  /** Loads the list again (after an action, or "Try again"). */
  reload: () => void;
}

export function useAccounts(reloadKey: unknown = 0): AccountsView {
  const api = useApi();
  const [state, setState] = useState<QueryState<Account[]>>({ status: 'loading' });
  // Every load and every event takes the next number; only the newest one may set the list.
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    api.call('accounts.list').then(
      (accounts) => ticket === latest.current && setState({ status: 'ready', value: localFirst(accounts) }),
      (error: unknown) => ticket === latest.current && setState({ status: 'error', error: toError(error) }),
    );
  }, [api]);

  // A new reloadKey (the core came back after a restart) loads the list afresh.
  useEffect(() => reload(), [reload, reloadKey]);

  useApiEvent('accounts.changed', (accounts) => {
    latest.current += 1;
    setState({ status: 'ready', value: localFirst(accounts) });
  });

  return { state, reload };
}

/** The local account ("On this computer") leads; the others keep the core's order. */
function localFirst(accounts: Account[]): Account[] {
  return [
    ...accounts.filter((account) => account.id === LOCAL_ACCOUNT_ID),
    ...accounts.filter((account) => account.id !== LOCAL_ACCOUNT_ID),
  ];
}
