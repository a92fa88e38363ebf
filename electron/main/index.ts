/**
 * The Electron main process: lifecycle glue only. Policies live in their own
 * modules (window options, protocol, navigation, permissions, IPC sender
 * check) and the contract is answered by the shared host modules.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { IMAGE_CACHE_SCHEME } from '../api/csp';
import { createAppProtocolHandler } from './app-protocol';
import { APP_SCHEME } from './app-url';
import { imagesDir } from '../core/images/cache-paths';
import { createImageResolver } from '../core/images/resolve-image';
import { createImageCacheHandler } from './image-protocol';
import { createOpenExternal } from './external-links';
import { bindIpc, forwardEvents } from './ipc-binding';
import { createMainWindow, focusWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { installNavigationGuards } from './navigation-guards';
import { denyAllPermissions } from './permissions';
import { registerPrivilegedSchemes } from './schemes';
import { createSenderCheck } from './sender-check';
import { createHost, type Host } from '../host/create-host';
import { LOG_FILES, logDirOf } from '../host/log/log-files';
import { mainLog } from '../host/log/loggers';
import { startLog, type RunningLog } from '../host/log/start-log';
import { createDesktopPlatform } from './desktop-platform';
import { createLogFolderOpener } from './log-folder';

let mainWindow: BrowserWindow | null = null;
let host: Host | undefined;
let stopped = false;
let log: RunningLog | undefined;
const openExternal = createOpenExternal(shell);

// Both must happen before `ready`.
registerPrivilegedSchemes(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Broadsheet owns the data folder; it is told via 'second-instance'.
  app.quit();
} else {
  // Only the instance that holds the lock writes the log: a rotating file must have one writer.
  log = startLog({ logDir: logDirOf(app.getPath('userData')), fileName: LOG_FILES.electron });
  mainLog.info('Broadsheet {version} starting: {platform}, Electron {electron}, Node {node}', {
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? 'unknown',
    node: process.versions.node,
  });
  app.on('second-instance', () => focusWindow(mainWindow));
  // Every web contents, present or future, gets the same navigation policy.
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (host && BrowserWindow.getAllWindows().length === 0) openWindow(host);
  });
  app.on('will-quit', (event) => {
    if (stopped || !host) return;
    // Let the core close its database cleanly before the process goes.
    event.preventDefault();
    stopped = true;
    // Stops network polling too: a change reported now would only reach a core that is shutting down.
    void host
      .stop()
      .catch((error: unknown) => {
        console.error('Broadsheet: the core did not stop cleanly.', error);
        mainLog.error('The core did not stop cleanly: {error}', { error });
      })
      .then(() => {
        mainLog.info('Broadsheet quit');
        log?.stop();
        app.quit();
      });
  });
  app.whenReady().then(start).catch(fail);
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '..', 'renderer')));
  // The same data folder the core worker is given (see desktop-platform.ts).
  protocol.handle(IMAGE_CACHE_SCHEME, createImageCacheHandler(createImageResolver(imagesDir(app.getPath('userData')))));

  const emit = forwardEvents(() => mainWindow?.webContents);
  const platform = createDesktopPlatform({ deliverEvent: emit, openExternal });
  host = createHost(platform);
  bindIpc(
    ipcMain,
    host.router,
    createSenderCheck(() => mainWindow?.webContents),
  );
  const template = buildMenuTemplate(process.platform, {
    appName: app.getName(),
    isPackaged: app.isPackaged,
    showAbout: () => app.showAboutPanel(),
    openExternal,
    openSettings: () => emit('app.openSettings', null),
    importOpml: () => emit('app.importOpml', null),
    openLogFolder: createLogFolderOpener(shell, platform.logDir),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openWindow(host);
}

function openWindow({ settings }: Host): void {
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, 'preload.cjs'),
    settings,
    devTools: !app.isPackaged,
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
}

function fail(error: unknown): void {
  console.error('Broadsheet could not start.', error);
  mainLog.fatal('Broadsheet could not start: {error}', { error });
  app.exit(1);
}
