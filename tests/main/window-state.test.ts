import type { Rectangle } from 'electron';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../../electron/main/window-options';
import { captureWindowState, DEFAULT_WINDOW_SIZE, restoreBounds } from '../../electron/main/window-state';

const screen = (workArea: Rectangle) => ({ workArea });
const laptop = screen({ x: 0, y: 0, width: 1440, height: 900 });
const rightMonitor = screen({ x: 1440, y: 0, width: 2560, height: 1440 });

describe('restoreBounds', () => {
  it('opens centred at the default size the first time', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual({ bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false });
  });

  it('reopens where it was on a screen that still exists', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000, maximized: true };
    expect(restoreBounds(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 1000 },
      maximized: true,
    });
  });

  it.each([
    ['a monitor that was unplugged', { x: 1600, y: 100, width: 1000, height: 700 }],
    ['far off to the left', { x: -5000, y: 100, width: 1000, height: 700 }],
    ['title bar above the screen', { x: 100, y: -600, width: 1000, height: 700 }],
    ['below the screen', { x: 100, y: 5000, width: 1000, height: 700 }],
    ['only a sliver on screen', { x: 1420, y: 100, width: 1000, height: 700 }],
    ['absurd coordinates', { x: 2_000_000_000, y: -2_000_000_000, width: 1000, height: 700 }],
  ])('drops a position on %s', (_label, place) => {
    const restored = restoreBounds({ ...place, maximized: false }, [laptop]);
    expect(restored.bounds).not.toHaveProperty('x');
    expect(restored.bounds).not.toHaveProperty('y');
  });

  it('shrinks a window larger than its screen and grows one below the minimum', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 5000, height: 4000, maximized: false }, [laptop]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
    });
    expect(restoreBounds({ width: 200, height: 200, maximized: false }, [laptop]).bounds).toEqual({
      width: MIN_WINDOW_WIDTH,
      height: MIN_WINDOW_HEIGHT,
    });
  });

  it('fits an unplaceable window to the largest screen', () => {
    const restored = restoreBounds({ x: -9000, y: 0, width: 3000, height: 2000, maximized: false }, [
      laptop,
      rightMonitor,
    ]);
    expect(restored.bounds).toEqual({ width: 2560, height: 1440 });
  });

  it('survives having no usable screen information', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 900, height: 700, maximized: false }, [])).toEqual({
      bounds: { width: 900, height: 700 },
      maximized: false,
    });
    expect(restoreBounds(undefined, [screen({ x: 0, y: 0, width: 0, height: 0 })]).bounds).toEqual({
      ...DEFAULT_WINDOW_SIZE,
    });
  });
});

describe('captureWindowState', () => {
  it('stores whole-pixel normal bounds and the maximized flag', () => {
    const window = {
      getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({ x: 10, y: 21, width: 1000, height: 701, maximized: true });
  });
});
