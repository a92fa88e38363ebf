import type { ApiClient, PreloadBridge } from '@contract/client';
import type { MethodArgs, MethodName, MethodResult } from '@contract/contract';
import { ApiError } from '@contract/errors';
import { unwrapEnvelope } from './unwrap-envelope';

type Invoke<M extends MethodName> = (...args: MethodArgs<M>) => Promise<unknown>;

/** The desktop client: the preload's bridge, with envelopes turned into values or ApiErrors. */
export function createIpcClient(bridge: PreloadBridge): ApiClient {
  return {
    async call<M extends MethodName>(method: M, ...args: MethodArgs<M>): Promise<MethodResult<M>> {
      // The bridge is built from the same contract, but a stale preload could lack a method.
      const invoke = bridge.invoke[method] as Invoke<M> | undefined;
      if (typeof invoke !== 'function') {
        throw new ApiError('UNKNOWN_METHOD', `This version of Broadsheet cannot do “${method}”.`);
      }
      return unwrapEnvelope<MethodResult<M>>(await invoke(...args), method);
    },
    on(event, listener) {
      return bridge.events[event](listener);
    },
  };
}
