/**
 * What the renderer programs against. It never learns whether IPC (desktop)
 * or HTTP (browser preview) is underneath.
 */
import type { Envelope } from './envelope';
import type { EventName, EventPayload, MethodArgs, MethodName, MethodResult } from './contract';

export type Unsubscribe = () => void;

export interface ApiClient {
  call<M extends MethodName>(method: M, ...args: MethodArgs<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
}

/** The object the preload exposes as `window.broadsheet`: one function per method and per event. */
export interface PreloadBridge {
  invoke: {
    [M in MethodName]: (...args: MethodArgs<M>) => Promise<Envelope<MethodResult<M>>>;
  };
  events: {
    [E in EventName]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe;
  };
}

export const BRIDGE_GLOBAL = 'broadsheet';

/** IPC channel names, shared by the preload and the main binding. */
export function callChannel(method: MethodName): string {
  return `broadsheet:call:${method}`;
}

export function eventChannel(event: EventName): string {
  return `broadsheet:event:${event}`;
}
