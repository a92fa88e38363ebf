/**
 * Loads one contract method's result and loads it again when its arguments,
 * `reloadKey` or `retry()` change. A result that arrives after the inputs
 * moved on is dropped, so a slow old answer never overwrites a new one.
 *
 * `live` queries also load again whenever the library says its counts
 * changed, and keep showing the last answer (or error) for the same
 * arguments while they do, so a count ticking down never flashes a loading
 * state in the sidebar or on the front page. Other queries show loading for
 * every new request: a retried error or a new article must not show the old one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MethodArgs, MethodName, MethodResult } from '@contract/contract';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

export type Query<T> = QueryState<T> & { retry: () => void };

export interface QueryOptions {
  live?: boolean;
  reloadKey?: unknown;
}

export function useQuery<M extends MethodName>(
  method: M,
  args: MethodArgs<M>,
  { live = false, reloadKey = 0 }: QueryOptions = {},
): Query<MethodResult<M>> {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [changes, setChanges] = useState(0);
  const argsKey = JSON.stringify(args);
  const requestKey = [method, argsKey, String(reloadKey), attempt, changes].join('\u0000');
  const shownKey = live ? `${method}\u0000${argsKey}` : requestKey;
  const [settled, setSettled] = useState<{ key: string; state: QueryState<MethodResult<M>> } | null>(null);

  useEffect(() => (live ? api.on('library.countsChanged', () => setChanges((n) => n + 1)) : undefined), [api, live]);

  useEffect(() => {
    let current = true;
    const parsedArgs = JSON.parse(argsKey) as MethodArgs<M>;
    api.call(method, ...parsedArgs).then(
      (value) => current && setSettled({ key: shownKey, state: { status: 'ready', value } }),
      (error: unknown) => current && setSettled({ key: shownKey, state: { status: 'error', error: toError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [api, method, argsKey, requestKey, shownKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: QueryState<MethodResult<M>> = settled?.key === shownKey ? settled.state : { status: 'loading' };
  return { ...state, retry };
}
