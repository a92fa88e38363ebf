/**
 * Creates the one Broadsheet window where the reader left it, shows it once
 * its first frame is painted, and loads the UI from the app:// origin.
 */
import { BrowserWindow, screen } from 'electron';
import { mainLog } from '../host/log/loggers';
import type { SettingsService } from '../host/settings-service';
import { APP_ENTRY_URL } from './app-url';
import { buildWindowOptions } from './window-options';
import { restoreBounds } from './window-state';
import { trackWindowState } from './window-state-tracker';

export interface MainWindowOptions {
  preloadPath: string;
  settings: Pick<SettingsService, 'getWindowState' | 'setWindowState'>;
  devTools: boolean;
}

export function createMainWindow({ preloadPath, settings, devTools }: MainWindowOptions): BrowserWindow {
  const restored = restoreBounds(settings.getWindowState(), screen.getAllDisplays());
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, bounds: restored.bounds, devTools }));
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  trackWindowState(window, settings);
  // The page's own errors come through app.reportError; a page that dies cannot send one.
  window.webContents.on('render-process-gone', (_event, details) =>
    mainLog.error('The window’s page stopped: {reason} (exit code {exitCode})', { ...details }),
  );
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Broadsheet: the UI failed to load.', error);
    mainLog.error('The UI failed to load: {error}', { error });
  });
  return window;
}

/** Brings the window to the front, e.g. when the reader starts Broadsheet a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
