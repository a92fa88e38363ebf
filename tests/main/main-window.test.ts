import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from '../../electron/host/window-state-schema';
import { createMainWindow, focusWindow } from '../../electron/main/main-window';
import { BrowserWindow, screen } from './support/electron-mock';

function settings(saved?: WindowState) {
  return { getWindowState: vi.fn(() => saved), setWindowState: vi.fn() };
}

beforeEach(() => {
  BrowserWindow.created.length = 0;
});

describe('createMainWindow', () => {
  it('builds the window from the safe options, hidden, and loads the app origin', () => {
    const window = createMainWindow({
      preloadPath: '/dist/electron/preload.cjs',
      settings: settings(),
      devTools: false,
    }) as unknown as BrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: '/dist/electron/preload.cjs',
    });
    expect(window.visible).toBe(false);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://broadsheet/index.html');
  });

  it('shows the window on ready-to-show, maximized if it was', () => {
    const saved = { x: 100, y: 100, width: 1000, height: 700, maximized: true };
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      settings: settings(saved),
      devTools: false,
    }) as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ x: 100, y: 100, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(window.maximized).toBe(true);
  });

  it('ignores a saved position that is off every screen', () => {
    const saved = { x: screen.displays[0]!.workArea.width + 5000, y: 0, width: 1000, height: 700, maximized: false };
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      settings: settings(saved),
      devTools: false,
    }) as unknown as BrowserWindow;
    expect(window.options).not.toHaveProperty('x');
  });

  it('remembers the window place on close', () => {
    const store = settings();
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      settings: store,
      devTools: false,
    }) as unknown as BrowserWindow;
    window.close();
    expect(store.setWindowState).toHaveBeenCalledOnce();
  });
});

describe('focusWindow', () => {
  it('restores, shows and focuses a minimized window, and ignores a missing one', () => {
    const window = new BrowserWindow();
    window.minimize();
    focusWindow(window as never);
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
    expect(() => focusWindow(null)).not.toThrow();
  });
});
