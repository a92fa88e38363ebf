import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, safeStorage } from 'electron';
import { createHostHandlers } from '../../electron/host/host-handlers';
import { NoticeBoard } from '../../electron/host/notices';
import type { SettingsService } from '../../electron/host/settings-service';
import { createDesktopPlatform } from '../../electron/main/desktop-platform';
import { passwordStorageOf, safeStorageCipher } from '../../electron/main/safe-storage-cipher';
import { memorySecretStore } from '../support/memory-secret-store';
import { makeTempDir } from '../support/temp-dir';

// The real electron-store imports the real `electron` from node_modules, which only works inside Electron.
vi.mock('../../electron/main/settings-store', async () => {
  const { MemoryConf } = await import('../../electron/host/memory-conf');
  return { openSettingsStore: vi.fn(() => new MemoryConf()) };
});

/**
 * The desktop app tells Settings → Accounts how it keeps passwords (the mocked electron module plays the keychain):
 * weak where Linux has no keyring (safeStorage's `basic_text` backend) or the system cannot encrypt at all.
 */
const mock = safeStorage as unknown as { available: boolean; backend: string };
const fakeApp = app as unknown as { paths: Record<string, string> };

afterEach(() => {
  mock.available = true;
  mock.backend = 'gnome_libsecret';
});

/** What `accounts.passwordStorage` answers in a desktop app started on this keychain. */
async function answered(): Promise<unknown> {
  const dir = makeTempDir();
  const userData = fakeApp.paths.userData;
  try {
    fakeApp.paths.userData = dir.path;
    const platform = createDesktopPlatform({ deliverEvent: () => undefined, openExternal: async () => false });
    const handlers = createHostHandlers({
      settings: {} as SettingsService,
      notices: new NoticeBoard(() => undefined),
      openExternal: async () => false,
      saveExport: async () => ({ kind: 'saved', path: '' }) as never,
      core: () => ({ call: async () => ({ ok: true as const, value: null }) }),
      pickFile: async () => null,
      secrets: memorySecretStore(),
      passwordStorage: platform.passwordStorage,
    });
    return await handlers['accounts.passwordStorage']();
  } finally {
    fakeApp.paths.userData = userData!;
    dir.cleanup();
  }
}

describe('how the desktop app keeps passwords, as Settings is told', () => {
  it('in the system keychain where one can encrypt', async () => {
    expect(await answered()).toEqual({ kind: 'keychain' });
  });

  it('weakly where Linux has no keyring and falls back to a built-in key', async () => {
    mock.backend = 'basic_text';
    expect(await answered()).toEqual(process.platform === 'linux' ? { kind: 'weak-keychain' } : { kind: 'keychain' });
    expect(passwordStorageOf(safeStorageCipher('linux'))).toEqual({ kind: 'weak-keychain' });
    expect(passwordStorageOf(safeStorageCipher('darwin'))).toEqual({ kind: 'keychain' });
  });

  it('unencrypted in a private file where the system cannot encrypt at all', async () => {
    mock.available = false;
    expect(await answered()).toEqual({ kind: 'no-keychain' });
  });
});
