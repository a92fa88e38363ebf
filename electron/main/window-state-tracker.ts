/**
 * Saves the window's place as the reader moves and resizes it. Move and resize
 * events arrive dozens of times a second while dragging, so writes wait until
 * the window has been still for `quietMs`; closing saves at once.
 */
import type { BrowserWindow } from 'electron';
import type { SettingsService } from '../host/settings-service';
import { captureWindowState } from './window-state';

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;
type WindowStateStore = Pick<SettingsService, 'setWindowState'>;

export function trackWindowState(window: TrackedWindow, store: WindowStateStore, quietMs = 400): void {
  let timer: NodeJS.Timeout | undefined;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      store.setWindowState(captureWindowState(window));
    } catch {
      // Losing the window position is not worth interrupting the reader for.
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, quietMs);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
  window.on('closed', () => clearTimeout(timer));
}
