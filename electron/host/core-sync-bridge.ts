/**
 * Tells the core what only the host knows: the settings sync needs and
 * whether the machine is online. Sent every time the worker becomes ready
 * (a restarted worker starts from defaults), again on every settings
 * change, and whenever the network comes or goes. The core starts its
 * schedule on the first `sync.configure`.
 */
import type { EventEmitter, EventName, EventPayload } from '../api/contract';
import type { SyncConfig } from '../api/methods/sync';
import type { Settings } from '../api/settings-schema';
import { syncConfigOf } from '../api/sync-config-of';
import type { CoreCaller } from './router';

export interface CoreSyncBridge {
  /** Wraps an event emitter: passes every event on and reacts to core readiness and settings changes. */
  observe(emit: EventEmitter): EventEmitter;
  setOnline(online: boolean): void;
  /** The core is built after the emitters it reports through, so it is attached afterwards. */
  attach(core: CoreCaller): void;
}

export interface CoreSyncBridgeOptions {
  settings: () => Settings;
  /** The network state right now (Electron: `net.isOnline()`; the preview assumes online). */
  isOnline: () => boolean;
}

export function createCoreSyncBridge(options: CoreSyncBridgeOptions): CoreSyncBridge {
  let core: CoreCaller | undefined;
  // Failures come back as envelopes; a core that is down gets everything again when it is ready.
  const send = (method: 'sync.configure' | 'sync.setOnline', arg: SyncConfig | boolean) =>
    void core?.call(method, [arg]);
  const onEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'core.status' && (payload as EventPayload<'core.status'>).state === 'ready') {
      send('sync.setOnline', options.isOnline());
      send('sync.configure', syncConfigOf(options.settings()));
    } else if (event === 'settings.changed') {
      send('sync.configure', syncConfigOf(payload as EventPayload<'settings.changed'>));
    }
  };
  return {
    observe: (emit) => (event, payload) => {
      emit(event, payload);
      onEvent(event, payload);
    },
    setOnline: (online) => send('sync.setOnline', online),
    attach: (caller) => {
      core = caller;
    },
  };
}
