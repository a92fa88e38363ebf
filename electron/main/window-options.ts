/**
 * The one place the main window's options are decided. Every web preference
 * that matters for safety is spelled out, even where it is Electron's default,
 * so a change of default (or a careless edit) shows up in review and in the
 * policy test.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;

export interface WindowOptionsInput {
  preloadPath: string;
  /** Position may be absent: the window is then centred by the OS. */
  bounds: Partial<Pick<Rectangle, 'x' | 'y'>> & Pick<Rectangle, 'width' | 'height'>;
  /** DevTools are for development builds only. */
  devTools?: boolean;
}

export function buildWindowOptions({
  preloadPath,
  bounds,
  devTools = false,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...positionOf(bounds),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Broadsheet',
    // Shown on ready-to-show, so the reader never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      // Hostile pages cannot flood the reader with alert() loops.
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  };
}

function positionOf(bounds: WindowOptionsInput['bounds']): { x?: number; y?: number } {
  return bounds.x === undefined || bounds.y === undefined ? {} : { x: bounds.x, y: bounds.y };
}
