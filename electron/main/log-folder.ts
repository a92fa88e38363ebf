/**
 * Help → Open Log Folder: shows the log folder in the system's file manager, making it first if nothing has been
 * logged yet, so the reader always lands somewhere. A failure is logged, never thrown at the menu.
 */
import type { Shell } from 'electron';
import { mkdir } from 'node:fs/promises';
import { mainLog } from '../host/log/loggers';

export function createLogFolderOpener(shell: Pick<Shell, 'openPath'>, logDir: string): () => Promise<void> {
  return async () => {
    try {
      await mkdir(logDir, { recursive: true });
      // openPath answers with an error message, or '' when the folder was opened.
      const problem = await shell.openPath(logDir);
      if (problem) mainLog.warning('Could not open the log folder {logDir}: {problem}', { logDir, problem });
    } catch (error) {
      mainLog.warning('Could not open the log folder {logDir}: {error}', { logDir, error });
    }
  };
}
