/**
 * Builds what the page sees as `window.broadsheet`: one function per contract
 * method and one subscribe function per event, nothing else. `ipcRenderer`
 * never leaves this module, so the page cannot send on arbitrary channels or
 * listen to anything but contract events, and its listeners receive only the
 * payload (an IpcRendererEvent would hand them `sender`, i.e. ipcRenderer).
 */
import { eventNames, methodNames, type EventName, type MethodName } from '../api/contract';
import { callChannel, eventChannel, type PreloadBridge } from '../api/client';

export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: BridgeIpc): PreloadBridge {
  const invoke = Object.fromEntries(
    methodNames.map((method: MethodName) => [method, (...args: unknown[]) => ipc.invoke(callChannel(method), ...args)]),
  );
  const events = Object.fromEntries(eventNames.map((event: EventName) => [event, subscriber(ipc, event)]));
  return Object.freeze({
    invoke: Object.freeze(invoke),
    events: Object.freeze(events),
  }) as unknown as PreloadBridge;
}

function subscriber(ipc: BridgeIpc, event: EventName) {
  const channel = eventChannel(event);
  return (listener: unknown): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError(`A listener for ${event} must be a function.`);
    const forward = (_event: unknown, payload: unknown) => (listener as (payload: unknown) => void)(payload);
    ipc.on(channel, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(channel, forward);
    };
  };
}
