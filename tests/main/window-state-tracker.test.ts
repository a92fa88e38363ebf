import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackWindowState } from '../../electron/main/window-state-tracker';
import { BrowserWindow } from './support/electron-mock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function tracked() {
  const window = new BrowserWindow({ x: 0, y: 0, width: 1000, height: 700 });
  const store = { setWindowState: vi.fn() };
  trackWindowState(window as unknown as ElectronWindow, store, 400);
  return { window, store };
}

describe('trackWindowState', () => {
  it('saves once the window has been still, not on every move event', () => {
    const { window, store } = tracked();
    for (let x = 1; x <= 50; x++) window.setBounds({ x });
    window.setBounds({ width: 1100 });
    expect(store.setWindowState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(store.setWindowState).toHaveBeenCalledExactlyOnceWith({
      x: 50,
      y: 0,
      width: 1100,
      height: 700,
      maximized: false,
    });
  });

  it('saves at once when maximized and when closed, and not after', () => {
    const { window, store } = tracked();
    window.maximize();
    expect(store.setWindowState).toHaveBeenLastCalledWith(expect.objectContaining({ maximized: true }));
    window.setBounds({ x: 3 });
    window.close();
    expect(store.setWindowState).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(store.setWindowState).toHaveBeenCalledTimes(2);
  });

  it('keeps going when the store cannot write', () => {
    const { window, store } = tracked();
    store.setWindowState.mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => window.close()).not.toThrow();
  });
});
