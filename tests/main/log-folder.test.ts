import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogFolderOpener } from '../../electron/main/log-folder';
import { buildMenuTemplate } from '../../electron/main/menu';
import { makeTempDir } from '../support/temp-dir';
import { shell } from './support/electron-mock';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  shell.openPath.mockClear();
});

function tempDir(): string {
  const dir = makeTempDir();
  cleanup = dir.cleanup;
  return dir.path;
}

describe('Help → Open Log Folder', () => {
  it('calls shell.openPath with the log folder, made first if nothing was logged yet', async () => {
    const logDir = join(tempDir(), 'logs');
    const openLogFolder = createLogFolderOpener(shell, logDir);
    const template = buildMenuTemplate('linux', {
      appName: 'Broadsheet',
      isPackaged: true,
      showAbout: vi.fn(),
      openExternal: vi.fn(async () => true),
      openLogFolder: () => void openLogFolder(),
    });
    const help = template.find((item) => item.label === '&Help')?.submenu as { label?: string; click?: () => void }[];
    help.find((item) => item.label === 'Open Log Folder')?.click?.();

    await vi.waitFor(() => expect(shell.openPath).toHaveBeenCalledWith(logDir));
    expect(existsSync(logDir)).toBe(true);
  });

  it('neither throws nor rejects when the folder cannot be made or opened', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'logs'), 'a file where the folder should be');
    await expect(createLogFolderOpener(shell, join(dataDir, 'logs'))()).resolves.toBeUndefined();
    expect(shell.openPath).not.toHaveBeenCalled();

    shell.openPath.mockResolvedValueOnce('No application knows how to open this folder.');
    await expect(createLogFolderOpener(shell, join(dataDir, 'other'))()).resolves.toBeUndefined();
  });
});
