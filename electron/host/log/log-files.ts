/**
 * Where the log lives: `<data folder>/logs/`, one file per writing process (the desktop app and the preview may
 * run on the same folder at once, and a rotating file must have one writer), rotated at about 1 MB with a few
 * older files kept. The CLI keeps no log: it prints what it does.
 */
import { join } from 'node:path';
import type { Runtime } from '../../api/models';

export const LOG_FOLDER = 'logs';

export const LOG_FILES: Record<Runtime, string> = {
  electron: 'broadsheet.log',
  preview: 'preview.log',
};

/** `maxFiles` older files are kept next to the current one (`broadsheet.log.1` … `.3`): at most about 4 MB. */
export interface LogRotation {
  maxSize: number;
  maxFiles: number;
}

export const LOG_ROTATION: LogRotation = { maxSize: 1024 * 1024, maxFiles: 3 };

export function logDirOf(dataDir: string): string {
  return join(dataDir, LOG_FOLDER);
}
