/**
 * The application menu as data, so the policy (no DevTools in packaged builds,
 * Help links through the safe-URL policy) is testable without Electron.
 * Roles give every platform its native labels, shortcuts and behaviour.
 */
import type { MenuItemConstructorOptions } from 'electron';

export const PROJECT_URL = 'https://broadsheet.invalid';

export interface MenuActions {
  appName: string;
  /** DevTools and forced reload are for development builds only. */
  isPackaged: boolean;
  showAbout: () => void;
  /** Must go through the safe-URL policy; see external-links.ts. */
  openExternal: (url: string) => Promise<boolean>;
  /** Asks the UI to show its settings view. */
  openSettings?: () => void;
  /** Asks the UI to open its OPML import (the file is chosen there, so the UI reports what was added). */
  importOpml?: () => void;
  /** Shows the log folder in the file manager (see log-folder.ts). */
  openLogFolder: () => void;
}

export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(actions.appName, settingsItem(actions))] : []),
    {
      label: '&File',
      submenu: isMac
        ? [importItem(actions), { type: 'separator' }, { role: 'close' }]
        : [importItem(actions), { type: 'separator' }, settingsItem(actions), { type: 'separator' }, { role: 'quit' }],
    },
    { label: '&Edit', submenu: editItems() },
    { label: '&View', submenu: viewItems(actions.isPackaged) },
    { label: '&Window', role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: helpItems(isMac, actions) },
  ];
}

/** Where each platform keeps its preferences: the app menu on macOS, File elsewhere; Ctrl/Cmd+, everywhere. */
function settingsItem(actions: MenuActions): MenuItemConstructorOptions {
  return { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings?.() };
}

/** Where readers coming from another app look for their subscriptions: File, on every platform. */
function importItem(actions: MenuActions): MenuItemConstructorOptions {
  return { label: 'Import Subscriptions (OPML)…', click: () => actions.importOpml?.() };
}

function macAppMenu(appName: string, settings: MenuItemConstructorOptions): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function editItems(): MenuItemConstructorOptions[] {
  return [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ];
}

function viewItems(isPackaged: boolean): MenuItemConstructorOptions[] {
  const development: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...development,
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
}

function helpItems(isMac: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    { label: `${actions.appName} Website`, click: () => void actions.openExternal(PROJECT_URL) },
    // What a reader with a problem sends: the log files (see docs/ARCHITECTURE.md, "Log").
    { label: 'Open Log Folder', click: () => actions.openLogFolder() },
    // macOS has About in the app menu; elsewhere it belongs under Help.
    ...(isMac
      ? []
      : [{ type: 'separator' } as const, { label: `About ${actions.appName}`, click: () => actions.showAbout() }]),
  ];
}
