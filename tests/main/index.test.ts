import type { MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callChannel, eventChannel } from '../../electron/api/client';
import { methodNames } from '../../electron/api/contract';
import { success } from '../../electron/api/envelope';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import type { CoreWorkerHostOptions } from '../../electron/host/core-worker-host';
import type * as OnlineWatchModule from '../../electron/host/online-watch';

// The real worker would need the built core bundle; the real store needs the real Electron.
vi.mock('../../electron/host/core-worker-host', () => ({
  CoreWorkerHost: class FakeCoreWorkerHost {
    static readonly instances: FakeCoreWorkerHost[] = [];
    readonly start = vi.fn();
    readonly call = vi.fn(async () => success([]));
    readonly stop = vi.fn(async () => undefined);
    constructor(readonly options: CoreWorkerHostOptions) {
      FakeCoreWorkerHost.instances.push(this);
    }
  },
}));
vi.mock('../../electron/main/settings-store', async () => {
  const { MemoryConf } = await import('../../electron/host/memory-conf');
  return { openSettingsStore: vi.fn(() => new MemoryConf()) };
});

// The real watch, with each started watch's stop recorded; the mock outlives vi.resetModules, so the last one is this boot's.
vi.mock('../../electron/host/online-watch', async (importOriginal) => {
  const actual = await importOriginal<typeof OnlineWatchModule>();
  const stops: ReturnType<typeof vi.fn>[] = [];
  return {
    ...actual,
    stops,
    watchOnline: (...args: Parameters<typeof actual.watchOnline>) => {
      const watch = actual.watchOnline(...args);
      const stop = vi.fn(() => watch.stop());
      stops.push(stop);
      return { ...watch, stop };
    },
  };
});

// The log's own tests write files; here only where and when main starts it matters.
vi.mock('../../electron/host/log/start-log', () => ({
  startLog: vi.fn(() => ({ path: '', stop: vi.fn() })),
}));

interface FakeCore {
  options: CoreWorkerHostOptions;
  start: ReturnType<typeof vi.fn>;
  stop: ReturnType<typeof vi.fn>;
}

/** Loads the main entry fresh against a fresh fake Electron, as a new process would. */
async function boot({ lock = true, ready = true } = {}) {
  vi.resetModules();
  const electron = await import('./support/electron-mock');
  electron.app.singleInstanceLock = lock;
  const { CoreWorkerHost } = (await import('../../electron/host/core-worker-host')) as unknown as {
    CoreWorkerHost: { instances: FakeCore[] };
  };
  CoreWorkerHost.instances.length = 0;
  const { startLog } = await import('../../electron/host/log/start-log');
  vi.mocked(startLog).mockClear();
  await import('../../electron/main/index');
  if (ready) await electron.app.fireReady();
  const window = electron.BrowserWindow.getAllWindows()[0];
  return { electron, window, core: CoreWorkerHost.instances[0], startLog: vi.mocked(startLog) };
}

const realPlatform = process.platform;
afterEach(() => {
  Object.defineProperty(process, 'platform', { value: realPlatform });
  vi.restoreAllMocks();
});

describe('main process entry', () => {
  it('quits at once, creating nothing, when another instance holds the lock', async () => {
    const { electron, window, core } = await boot({ lock: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(window).toBeUndefined();
    expect(core).toBeUndefined();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('writes its log in the data folder, and only the instance that holds the lock does', async () => {
    const second = await boot({ lock: false });
    expect(second.startLog).not.toHaveBeenCalled();

    const { electron, startLog, core } = await boot({ ready: false });
    const logDir = join(electron.app.getPath('userData'), 'logs');
    expect(startLog).toHaveBeenCalledExactlyOnceWith({ logDir, fileName: 'broadsheet.log' });
    expect(core).toBeUndefined();
  });

  it('opens the log folder with shell.openPath from Help → Open Log Folder', async () => {
    const { electron } = await boot({ ready: false });
    // The opener makes the folder: let it make it somewhere this test removes.
    const dataDir = makeTempDir();
    electron.app.paths.userData = dataDir.path;
    await electron.app.fireReady();
    const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
    const item = flatten(electron.Menu.applicationMenu!.template).find((entry) => entry.label === 'Open Log Folder');
    electron.shell.openPath.mockResolvedValueOnce('');
    item?.click?.({} as never, undefined, {} as never);

    await vi.waitFor(() => expect(electron.shell.openPath).toHaveBeenCalledWith(join(dataDir.path, 'logs')));
    dataDir.cleanup();
  });

  it('registers the privileged schemes and the sandbox before ready', async () => {
    const { electron } = await boot({ ready: false });
    expect(electron.protocol.privileged.map((scheme) => scheme.scheme)).toEqual(['app', 'bsimg']);
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('on ready: serves app:// and bsimg://, denies permissions, binds IPC, sets the menu, starts the core', async () => {
    const { electron, core } = await boot();
    expect([...electron.protocol.handlers.keys()].sort()).toEqual(['app', 'bsimg']);
    expect(electron.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(electron.session.defaultSession.permissionCheckHandler?.()).toBe(false);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(callChannel).sort());
    expect(electron.Menu.applicationMenu?.template.length).toBeGreaterThan(0);
    expect(core?.start).toHaveBeenCalledOnce();
    expect(core?.options.workerPath).toMatch(/core-worker\.mjs$/);
    expect(core?.options.workerData).toMatchObject({
      dataDir: electron.app.getPath('userData'),
      runtime: 'electron',
      appName: 'Broadsheet',
    });
  });

  it('creates one hardened, hidden window on the app origin with the bundled preload', async () => {
    const { electron, window } = await boot();
    expect(electron.BrowserWindow.created).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(window?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(window?.options.show).toBe(false);
    expect(window?.loadURL).toHaveBeenCalledWith('app://broadsheet/index.html');
  });

  it('answers the app page over IPC and refuses a foreign frame', async () => {
    const { electron, window } = await boot();
    const contents = window!.webContents;
    const fromApp = { sender: contents, senderFrame: contents.mainFrame };
    expect(await electron.ipcMain.invoke(callChannel('settings.get'), fromApp)).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    const foreign = { sender: contents, senderFrame: new electron.FakeWebFrameMain('https://evil.example/') };
    expect(await electron.ipcMain.invoke(callChannel('settings.get'), foreign)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('sends the window app.importOpml from File → Import Subscriptions (OPML)…', async () => {
    const { electron, window } = await boot();
    const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
    const item = flatten(electron.Menu.applicationMenu!.template).find(
      (entry) => entry.label === 'Import Subscriptions (OPML)…',
    );
    item?.click?.({} as never, undefined, {} as never);
    expect(window!.webContents.sent).toContainEqual({ channel: eventChannel('app.importOpml'), args: [null] });
  });

  it('forwards core events to the window', async () => {
    const { window, core } = await boot();
    core!.options.onEvent('core.status', { state: 'ready' });
    expect(window!.webContents.sent).toContainEqual({
      channel: eventChannel('core.status'),
      args: [{ state: 'ready' }],
    });
  });

  it('guards every new web contents', async () => {
    const { electron } = await boot();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(
      contents.emitPreventable('will-navigate', { url: 'https://example.com', isMainFrame: true }).defaultPrevented,
    ).toBe(true);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { electron, window } = await boot();
    window!.minimize();
    electron.app.emit('second-instance', {}, [], '/');
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('quits when the last window closes, except on macOS', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const linux = await boot();
    linux.window!.close();
    linux.electron.app.emit('window-all-closed');
    expect(linux.electron.app.quit).toHaveBeenCalledOnce();

    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const mac = await boot();
    mac.window!.close();
    mac.electron.app.emit('window-all-closed');
    expect(mac.electron.app.quit).not.toHaveBeenCalled();
    mac.electron.app.emit('activate');
    expect(mac.electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('exits with an error, rather than hanging without a window, when start-up fails', async () => {
    const { electron } = await boot({ ready: false });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.session.defaultSession.setPermissionRequestHandler = () => {
      throw new Error('no session');
    };
    await electron.app.fireReady();
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('tells the core about a network change at once when the machine wakes, not at the next poll', async () => {
    const { electron, core } = await boot();
    const setOnline = () =>
      (core as unknown as { call: ReturnType<typeof vi.fn> }).call.mock.calls.filter(
        ([method]) => method === 'sync.setOnline',
      );
    const before = setOnline().length;
    electron.net.online = false;
    electron.powerMonitor.emit('resume');
    expect(setOnline().slice(before)).toEqual([['sync.setOnline', [false]]]);
    electron.powerMonitor.emit('unlock-screen');
    expect(setOnline().slice(before)).toHaveLength(1);
    electron.net.online = true;
    electron.powerMonitor.emit('unlock-screen');
    expect(setOnline().slice(before)).toEqual([
      ['sync.setOnline', [false]],
      ['sync.setOnline', [true]],
    ]);
  });

  it('stops the online watch and the core before the process quits', async () => {
    const { electron, core } = await boot();
    const { stops } = (await import('../../electron/host/online-watch')) as unknown as {
      stops: ReturnType<typeof vi.fn>[];
    };
    const stopWatch = stops.at(-1);
    expect(stopWatch).not.toHaveBeenCalled();
    const event = new electron.FakeEvent();
    electron.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(stopWatch).toHaveBeenCalledOnce();
    expect(core?.stop).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    const second = new electron.FakeEvent();
    electron.app.emit('will-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });
});
