import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../electron/api/client';
import { methodNames } from '../../electron/api/contract';

describe('preload entry', () => {
  it('exposes the bridge, and only the bridge, under window.broadsheet', async () => {
    vi.resetModules();
    const electron = await import('../main/support/electron-mock');
    await import('../../electron/preload/index');
    expect([...electron.contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const bridge = electron.contextBridge.exposed.get(BRIDGE_GLOBAL) as { invoke: Record<string, unknown> };
    expect(Object.keys(bridge.invoke).sort()).toEqual([...methodNames].sort());
    expect([...electron.contextBridge.exposed.values()]).not.toContain(electron.ipcRenderer);
  });
});
