import { describe, expect, test } from 'vitest';
import { defaultUserDataDir } from '../../electron/host/data-dir';
import { DEFAULT_PREVIEW_PORT, parsePreviewArgs } from '../../electron/preview/options';

const parse = (argv: string[]) => parsePreviewArgs(argv, {}, 'linux', '/home/reader');

describe('preview options', () => {
  test('defaults to the desktop app’s own data folder', () => {
    expect(parse([])).toEqual({ port: DEFAULT_PREVIEW_PORT, dataDir: '/home/reader/.config/Broadsheet' });
  });

  test('takes a port (0 = any free port) and a data folder', () => {
    expect(parse(['--port', '0', '--data-dir', '/tmp/x'])).toEqual({ port: 0, dataDir: '/tmp/x' });
    expect(parse(['--port=8080'])).toMatchObject({ port: 8080 });
  });

  test.each([
    ['--port', 'abc'],
    ['--port', '-1'],
    ['--port', '65536'],
    ['--port', '1.5'],
    ['--data-dir', ' '],
    ['--bogus'],
    ['extra'],
  ])('refuses %s %s with a usage error', (...argv) => {
    expect(() => parse(argv)).toThrow();
  });
});

describe('per-user data folder (same as Electron’s userData)', () => {
  test.each([
    ['linux', {}, '/home/r/.config/Broadsheet'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Broadsheet'],
    ['linux', { XDG_CONFIG_HOME: 'relative' }, '/home/r/.config/Broadsheet'],
    ['darwin', {}, '/home/r/Library/Application Support/Broadsheet'],
    ['win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'C:\\Users\\r\\AppData\\Roaming\\Broadsheet'],
  ] as const)('%s %j', (platform, env, expected) => {
    expect(defaultUserDataDir(platform, env, '/home/r')).toBe(expected);
  });
});
