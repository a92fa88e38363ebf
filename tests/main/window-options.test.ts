import { describe, expect, it } from 'vitest';
import { buildWindowOptions, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../../electron/main/window-options';

const base = { preloadPath: '/app/dist/electron/preload.cjs', bounds: { width: 1200, height: 800 } };

describe('buildWindowOptions', () => {
  const hardened: [string, unknown][] = [
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ];

  const inputs = [
    ['no position', base],
    ['a position', { ...base, bounds: { x: 10, y: 20, width: 900, height: 700 } }],
    ['devTools on (development)', { ...base, devTools: true }],
  ] as const;

  for (const [label, input] of inputs) {
    it.each(hardened)(`sets %s to %s (${label})`, (key, value) => {
      const prefs = buildWindowOptions(input).webPreferences as Record<string, unknown>;
      expect(prefs[key]).toBe(value);
    });
  }

  it('never enables blink features, extra preloads or an insecure partition', () => {
    const prefs = buildWindowOptions(base).webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs.preload).toBe(base.preloadPath);
  });

  it('stays hidden until the first paint and keeps a usable minimum size', () => {
    const options = buildWindowOptions(base);
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
  });

  it('keeps DevTools off unless asked (packaged builds)', () => {
    expect(buildWindowOptions(base).webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ ...base, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('passes a position only when both coordinates are known', () => {
    expect(buildWindowOptions({ ...base, bounds: { x: 5, y: 6, width: 900, height: 700 } })).toMatchObject({
      x: 5,
      y: 6,
    });
    const half = buildWindowOptions({ ...base, bounds: { x: 5, width: 900, height: 700 } });
    expect(half).not.toHaveProperty('x');
    expect(half).not.toHaveProperty('y');
  });
});
