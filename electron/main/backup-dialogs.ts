/**
 * The desktop app's half of "Restore…" and "Import bookmarks…": the native
 * open dialog, then a copy of the chosen file into the data folder's
 * incoming folder, named by a token. The path itself never reaches the
 * renderer or the core; the core reads only its own incoming folder.
 */
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { copyFile } from 'node:fs/promises';
import { newIncomingFile, removeIncoming } from '../core/backup/incoming-files';

export type PickKind = 'backup' | 'bookmarks';

const DIALOGS: Record<PickKind, OpenDialogOptions> = {
  backup: {
    title: 'Restore a Broadsheet backup',
    properties: ['openFile'],
    filters: [
      { name: 'Broadsheet backup', extensions: ['bsbackup', 'zip'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
  bookmarks: {
    title: 'Import bookmarks',
    properties: ['openFile'],
    filters: [
      { name: 'Bookmarks file or read-later export', extensions: ['html', 'htm', 'csv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
};

export function createFilePicker(
  dataDir: string,
  window: () => BrowserWindow | null = focusedWindow,
): (kind: PickKind) => Promise<string | null> {
  return async (kind) => {
    const parent = window();
    const result = parent
      ? await dialog.showOpenDialog(parent, DIALOGS[kind])
      : await dialog.showOpenDialog(DIALOGS[kind]);
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return null;
    const { token, path } = newIncomingFile(dataDir);
    try {
      await copyFile(chosen, path);
    } catch (error) {
      removeIncoming(dataDir, token);
      throw error;
    }
    return token;
  };
}

function focusedWindow(): BrowserWindow | null {
  return BrowserWindow.getAllWindows()[0] ?? null;
}
