import { useCallback, useEffect, useState } from 'react';
import type { MethodArgs, MethodName, MethodResult } from '@contract/contract';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';
import { useApiEvent } from './use-api-event';
import type { QueryState } from './use-api-query';

/**
 * Like useApiQuery, but also reloads whenever the library says its counts
 * changed, and keeps showing the last answer while it reloads, so a count
 * ticking down never flashes a loading state in the sidebar or front page.
 */
export function useLiveQuery<M extends MethodName>(
  method: M,
  args: MethodArgs<M>,
  reloadKey: unknown = 0,
): QueryState<MethodResult<M>> & { retry: () => void } {
  const api = useApi();
  const [changes, setChanges] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const argsKey = JSON.stringify(args);
  const [state, setState] = useState<{ argsKey: string; state: QueryState<MethodResult<M>> } | null>(null);

  useApiEvent('library.countsChanged', () => setChanges((n) => n + 1));

  useEffect(() => {
    let current = true;
    const parsedArgs = JSON.parse(argsKey) as MethodArgs<M>;
    api.call(method, ...parsedArgs).then(
      (value) => current && setState({ argsKey, state: { status: 'ready', value } }),
      (error: unknown) => current && setState({ argsKey, state: { status: 'error', error: toError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [api, method, argsKey, changes, attempt, reloadKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const shown: QueryState<MethodResult<M>> = state?.argsKey === argsKey ? state.state : { status: 'loading' };
  return { ...shown, retry };
}
