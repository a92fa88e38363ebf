/**
 * The window reopens where the reader left it, unless that place is no longer
 * on any screen (a monitor was unplugged, resolution changed): then it opens
 * centred, at a size that fits the largest screen.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import type { WindowState } from '../host/window-state-schema';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** How much of the title bar must be on a screen for the reader to grab it. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

export interface RestoredWindow {
  bounds: Partial<Pick<Rectangle, 'x' | 'y'>> & Pick<Rectangle, 'width' | 'height'>;
  maximized: boolean;
}

export function restoreBounds(
  saved: WindowState | undefined,
  displays: readonly { workArea: Rectangle }[],
): RestoredWindow {
  const areas = displays.map((display) => display.workArea).filter((area) => area.width > 0 && area.height > 0);
  const largest = areas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const wanted = saved ?? DEFAULT_WINDOW_SIZE;
  const maximized = saved?.maximized ?? false;

  const home =
    saved?.x !== undefined && saved.y !== undefined
      ? areas.find((area) => titleBarVisible(saved as Required<WindowState>, area))
      : undefined;
  const fitTo = home ?? largest;
  const size = {
    width: clamp(Math.round(wanted.width), MIN_WINDOW_WIDTH, fitTo?.width),
    height: clamp(Math.round(wanted.height), MIN_WINDOW_HEIGHT, fitTo?.height),
  };
  if (!home || saved?.x === undefined || saved.y === undefined) return { bounds: size, maximized };
  return { bounds: { x: Math.round(saved.x), y: Math.round(saved.y), ...size }, maximized };
}

function titleBarVisible(window: Required<Pick<WindowState, 'x' | 'y' | 'width'>>, area: Rectangle): boolean {
  const overlapX = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const overlapY = Math.min(window.y + GRAB_HEIGHT, area.y + area.height) - Math.max(window.y, area.y);
  return overlapX >= Math.min(GRAB_WIDTH, window.width) && overlapY >= GRAB_HEIGHT / 2;
}

function clamp(value: number, min: number, max: number | undefined): number {
  const upper = max === undefined ? value : Math.max(min, max);
  return Math.min(Math.max(value, min), upper);
}

/** What to store for a window now: its normal (un-maximized) bounds and whether it is maximized. */
export function captureWindowState(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized(),
  };
}
