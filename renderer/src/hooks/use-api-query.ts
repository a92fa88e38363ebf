import { useCallback, useEffect, useState } from 'react';
import type { MethodArgs, MethodName, MethodResult } from '@contract/contract';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Loads one contract method's result and reloads when its arguments,
 * `reloadKey` or `retry()` change. A result that arrives after the inputs
 * moved on is dropped, so a slow old answer never overwrites a new one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  args: MethodArgs<M>,
  reloadKey: unknown = 0,
): QueryState<MethodResult<M>> & { retry: () => void } {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const argsKey = JSON.stringify(args);
  const key = `${method}\u0000${argsKey}\u0000${String(reloadKey)}\u0000${attempt}`;
  const [settled, setSettled] = useState<{ key: string; state: QueryState<MethodResult<M>> } | null>(null);

  useEffect(() => {
    let current = true;
    const parsedArgs = JSON.parse(argsKey) as MethodArgs<M>;
    api.call(method, ...parsedArgs).then(
      (value) => current && setSettled({ key, state: { status: 'ready', value } }),
      (error: unknown) => current && setSettled({ key, state: { status: 'error', error: toError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [api, method, argsKey, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: QueryState<MethodResult<M>> = settled?.key === key ? settled.state : { status: 'loading' };
  return { ...state, retry };
}
