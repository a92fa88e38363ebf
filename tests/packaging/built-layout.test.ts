import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The main process finds its siblings by path (import.meta.dirname), so the
 * build must put them exactly there; and a sandboxed preload can only require
 * `electron` (plus a few timers/events shims), so the bundle must inline the rest.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = (path: string) => {
  if (!existsSync(root + 'dist')) throw new Error('The build is missing. Run `npm run build` before this test.');
  return root + path;
};

describe('the built app layout', () => {
  it.each([
    'dist/electron/main.mjs',
    'dist/electron/preload.cjs',
    'dist/electron/core-worker.mjs',
    'dist/electron/feed-reader.mjs',
    'dist/renderer/index.html',
  ])('has %s', (path) => {
    expect(existsSync(built(path))).toBe(true);
  });

  it('starts from the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.mjs');
  });

  it('has a preload that requires nothing but electron', () => {
    const preload = readFileSync(built('dist/electron/preload.cjs'), 'utf8');
    const required = new Set([...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]));
    expect([...required]).toEqual(['electron']);
    expect(preload).not.toMatch(/\brequire\(\s*[^"'`\s]/);
  });

  it('loads sharp in the core worker as a package at run time, never bundled', () => {
    const worker = readFileSync(built('dist/electron/core-worker.mjs'), 'utf8');
    expect(worker).toMatch(/import\(\s*["']sharp["']\s*\)/);
    expect(worker).not.toContain('Could not load the "sharp" module');
  });

  it('keeps electron out of the core worker bundle', () => {
    const worker = readFileSync(built('dist/electron/core-worker.mjs'), 'utf8');
    expect(worker).not.toMatch(/from\s*["']electron["']|require\(\s*["']electron["']\s*\)/);
  });

  it.each(['dist/electron/feed-reader.mjs', 'dist/electron/core-worker.mjs'])(
    'bundles the language detector’s table in %s as JSON for JSON.parse, not as an object literal (a third of the memory)',
    (path) => {
      const bundle = readFileSync(built(path), 'utf8');
      expect(bundle).toMatch(/ngramsData = JSON\.parse\(\s*[`"']\{\\?"type\\?":\\?"XS60/);
      expect(bundle).not.toMatch(/ngramsData = \{\s*type:/);
    },
  );
});
