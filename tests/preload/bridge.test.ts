import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventNames, methodNames } from '../../electron/api/contract';
import { callChannel, eventChannel } from '../../electron/api/client';
import { createBridge } from '../../electron/preload/bridge';
import { ipcRenderer } from '../main/support/electron-mock';

beforeEach(() => {
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockReset();
});

describe('createBridge', () => {
  it('exposes exactly one function per contract method and event, and no IPC object', () => {
    const bridge = createBridge(ipcRenderer);
    expect(Object.keys(bridge).sort()).toEqual(['events', 'invoke']);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(bridge.events).sort()).toEqual([...eventNames].sort());
    for (const value of [...Object.values(bridge.invoke), ...Object.values(bridge.events)])
      expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|on\b/i);
  });

  it('is frozen, so the page cannot swap a method for its own', () => {
    const bridge = createBridge(ipcRenderer);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.invoke)).toBe(true);
    expect(Object.isFrozen(bridge.events)).toBe(true);
  });

  it('invokes each method on its own channel with the arguments as given', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    const bridge = createBridge(ipcRenderer);
    await expect(bridge.invoke['app.dismissNotice']('n1')).resolves.toEqual({ ok: true, value: null });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(callChannel('app.dismissNotice'), 'n1');
    await bridge.invoke['settings.get']();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(callChannel('settings.get'));
  });

  it('gives listeners the payload only, never the IpcRendererEvent', () => {
    const bridge = createBridge(ipcRenderer);
    const listener = vi.fn();
    bridge.events['core.status'](listener);
    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    ipcRenderer.emit(eventChannel('core.status'), ipcEvent, { state: 'ready' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ state: 'ready' });
  });

  it('returns an unsubscribe function that removes only that listener, once', () => {
    const bridge = createBridge(ipcRenderer);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = bridge.events['settings.changed'](first);
    bridge.events['settings.changed'](second);
    unsubscribe();
    unsubscribe();
    ipcRenderer.emit(eventChannel('settings.changed'), {}, { theme: 'dark' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount(eventChannel('settings.changed'))).toBe(1);
  });

  it('does not deliver one event to another event’s listeners', () => {
    const bridge = createBridge(ipcRenderer);
    const listener = vi.fn();
    bridge.events['app.notice'](listener);
    ipcRenderer.emit(eventChannel('core.status'), {}, { state: 'ready' });
    ipcRenderer.emit('broadsheet:event:unknown', {}, 'x');
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses a listener that is not a function', () => {
    const bridge = createBridge(ipcRenderer);
    expect(() => (bridge.events['app.notice'] as (listener: unknown) => unknown)('alert(1)')).toThrow(TypeError);
    expect(ipcRenderer.listenerCount(eventChannel('app.notice'))).toBe(0);
  });
});
