import type { IpcMain } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { methodNames, methods, type Handlers, type HostMethodName } from '../../electron/api/contract';
import { callChannel, eventChannel } from '../../electron/api/client';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import { success } from '../../electron/api/envelope';
import { createRouter, type CoreCaller } from '../../electron/host/router';
import { bindIpc, forwardEvents } from '../../electron/main/ipc-binding';
import { createSenderCheck } from '../../electron/main/sender-check';
import { FakeWebContents, FakeWebFrameMain, ipcMain } from './support/electron-mock';

function setup() {
  ipcMain.handlers.clear();
  // A spy for every host method the contract has, so new methods are covered too.
  const host: Record<string, Mock> = Object.fromEntries(
    methodNames.filter((method) => methods[method].owner === 'host').map((method) => [method, vi.fn(() => null)]),
  );
  host['settings.get']?.mockReturnValue(DEFAULT_SETTINGS);
  const core: CoreCaller = { call: vi.fn(async () => success([])) };
  const dispatch = vi.fn(createRouter({ host: host as unknown as Handlers<HostMethodName>, core }).dispatch);
  const app = new FakeWebContents();
  bindIpc(
    ipcMain as unknown as IpcMain,
    { dispatch },
    createSenderCheck(() => app),
  );
  const fromApp = { sender: app, senderFrame: app.mainFrame };
  return { host, core, dispatch, app, fromApp };
}

describe('bindIpc', () => {
  it('registers one handler per contract method and nothing else', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(callChannel).sort());
  });

  it('routes a trusted call with its arguments', async () => {
    const { host, core, fromApp } = setup();
    expect(await ipcMain.invoke(callChannel('settings.get'), fromApp)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await ipcMain.invoke(callChannel('app.dismissNotice'), fromApp, 'n1')).toEqual({ ok: true, value: null });
    expect(host['app.dismissNotice']).toHaveBeenCalledWith('n1');
    expect(await ipcMain.invoke(callChannel('sections.list'), fromApp)).toEqual({ ok: true, value: [] });
    expect(core.call).toHaveBeenCalledWith('sections.list', []);
  });

  const untrusted: [string, (app: FakeWebContents) => unknown][] = [
    ['a null sender frame (navigated away or destroyed)', (app) => ({ sender: app, senderFrame: null })],
    [
      'a frame whose getter throws',
      (app) => ({
        sender: app,
        get senderFrame() {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
    [
      'a foreign-origin main frame',
      (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('https://evil.example/') }),
    ],
    [
      'a sub-frame of the app',
      (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('app://broadsheet/index.html', app.mainFrame) }),
    ],
    ['a file:// page', (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('file:///tmp/evil.html') })],
    ['another app:// host', (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('app://evil/index.html') })],
    [
      'a look-alike host',
      (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('app://broadsheet.evil/index.html') }),
    ],
    [
      'credentials in the URL',
      (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('app://x@broadsheet/index.html') }),
    ],
    ['the image-cache scheme', (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('bsimg://broadsheet/') })],
    ['about:blank', (app) => ({ sender: app, senderFrame: new FakeWebFrameMain('about:blank') })],
    [
      'another web contents showing the app URL',
      () => {
        const other = new FakeWebContents();
        return { sender: other, senderFrame: other.mainFrame };
      },
    ],
  ];

  it.each(untrusted)('refuses %s with FORBIDDEN before the router', async (_label, makeEvent) => {
    const { dispatch, host, app } = setup();
    for (const method of methodNames) {
      const envelope = await ipcMain.invoke(callChannel(method), makeEvent(app), 'https://example.com');
      expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(host['links.openExternal']).not.toHaveBeenCalled();
  });

  it('refuses every call once the window is gone', async () => {
    ipcMain.handlers.clear();
    const dispatch = vi.fn();
    const app = new FakeWebContents();
    bindIpc(
      ipcMain as unknown as IpcMain,
      { dispatch },
      createSenderCheck(() => null),
    );
    const envelope = await ipcMain.invoke(callChannel('settings.get'), { sender: app, senderFrame: app.mainFrame });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  const invalid: [string, unknown[]][] = [
    ['settings.update', [{ theme: 'neon' }]],
    ['settings.update', [{ refreshIntervalMinutes: 1 }]],
    ['settings.update', [{ unknownKey: true }]],
    ['settings.update', [{ __proto__: { polluted: true }, theme: 'dark', extra: 1 }]],
    ['settings.update', []],
    ['settings.update', [{}, 'extra']],
    ['app.dismissNotice', [42]],
    ['app.dismissNotice', ['']],
    ['app.dismissNotice', ['x'.repeat(10_000)]],
    ['links.openExternal', [{ toString: () => 'https://x' }]],
    ['links.openExternal', ['https://x'.padEnd(9000, 'a')]],
    ['settings.get', ['unexpected']],
  ];

  it.each(invalid)('%s with %j gives INVALID_ARGUMENTS and reaches no handler', async (method, args) => {
    const { host, fromApp } = setup();
    const envelope = await ipcMain.invoke(callChannel(method as HostMethodName), fromApp, ...args);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    for (const handler of Object.values(host)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a router that throws into an error envelope instead of an IPC rejection', async () => {
    ipcMain.handlers.clear();
    const app = new FakeWebContents();
    const dispatch = vi.fn(async () => Promise.reject(new Error('boom')));
    bindIpc(
      ipcMain as unknown as IpcMain,
      { dispatch },
      createSenderCheck(() => app),
    );
    const envelope = await ipcMain.invoke(callChannel('settings.get'), { sender: app, senderFrame: app.mainFrame });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('unbinds every handler', () => {
    ipcMain.handlers.clear();
    const unbind = bindIpc(ipcMain as unknown as IpcMain, { dispatch: vi.fn() }, () => true);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends contract events on their channel with the payload only', () => {
    const contents = new FakeWebContents();
    forwardEvents(() => contents)('core.status', { state: 'ready' });
    expect(contents.sent).toEqual([{ channel: eventChannel('core.status'), args: [{ state: 'ready' }] }]);
  });

  it('drops events when there is no window or it was destroyed', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    expect(() => forwardEvents(() => null)('core.status', { state: 'ready' })).not.toThrow();
    forwardEvents(() => contents)('core.status', { state: 'ready' });
    expect(contents.sent).toEqual([]);
  });
});
