import { describe, expect, it } from 'vitest';
import type { CoreMethodName } from '../../../electron/api/contract';
import { success } from '../../../electron/api/envelope';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { createCoreSyncBridge } from '../../../electron/host/core-sync-bridge';

function setup(online = true) {
  const calls: { method: CoreMethodName; args: unknown[] }[] = [];
  const forwarded: string[] = [];
  const bridge = createCoreSyncBridge({ settings: () => ({ ...DEFAULT_SETTINGS, refreshIntervalMinutes: 45 }), isOnline: () => online });
  bridge.attach({ call: async (method, args) => (calls.push({ method, args }), success(null)) });
  const emit = bridge.observe((event) => void forwarded.push(event));
  return { calls, forwarded, emit, bridge };
}

describe('the host’s sync bridge', () => {
  it('tells a (re)started core the network state and the sync settings', () => {
    const { calls, forwarded, emit } = setup(false);
    emit('core.status', { state: 'ready' });
    expect(forwarded).toEqual(['core.status']);
    expect(calls).toEqual([
      { method: 'sync.setOnline', args: [false] },
      { method: 'sync.configure', args: [{ refreshIntervalMinutes: 45, proxy: '' }] },
    ]);
  });

  it('passes settings changes and network changes on', () => {
    const { calls, emit, bridge } = setup();
    emit('settings.changed', { ...DEFAULT_SETTINGS, refreshIntervalMinutes: 10, proxy: 'http://proxy:3128' });
    bridge.setOnline(false);
    emit('core.status', { state: 'restarting', message: 'x' });
    expect(calls).toEqual([
      { method: 'sync.configure', args: [{ refreshIntervalMinutes: 10, proxy: 'http://proxy:3128' }] },
      { method: 'sync.setOnline', args: [false] },
    ]);
  });
});
