import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
let failWith: Error | undefined;

// The real electron-store imports the real `electron` from node_modules, which only works inside Electron.
vi.mock('electron-store', () => ({
  default: class FakeStore {
    readonly path: string;
    constructor(options: { name: string; cwd: string }) {
      constructed.push(options);
      if (failWith) throw failWith;
      this.path = join(options.cwd, `${options.name}.json`);
    }
    get(): unknown {
      return undefined;
    }
    set(): void {}
  },
}));

const { openSettingsStore } = await import('../../electron/main/settings-store');

beforeEach(() => {
  constructed.length = 0;
  failWith = undefined;
});

describe('openSettingsStore', () => {
  it('opens config.json in the user-data folder and never lets the store wipe a bad file', () => {
    const store = openSettingsStore('/data/Broadsheet');
    expect(constructed).toEqual([{ name: 'config', cwd: '/data/Broadsheet', clearInvalidConfig: false }]);
    expect(store.path).toBe(join('/data/Broadsheet', 'config.json'));
  });

  it('names the file in the error when it cannot be opened, so the service can set it aside', () => {
    failWith = new SyntaxError('Unexpected token } in JSON');
    let caught: unknown;
    try {
      openSettingsStore('/data/Broadsheet');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SyntaxError);
    expect((caught as { path?: string }).path).toBe(join('/data/Broadsheet', 'config.json'));
  });
});
