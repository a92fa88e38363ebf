/**
 * The core's backup and import methods. A backup lands in the exports folder
 * (so `exports.save` hands it over like any export); restores and imports
 * read a file from the incoming folder and remove it afterwards, restored or
 * refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEmitter, Handlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { countUnread } from '../library/articles/counts';
import type { Library } from '../library/open-library';
import { newExportFolder } from '../export/export-files';
import { decodeHtml } from '../html/decode-html';
import { importBookmarks } from '../imports/import-bookmarks';
import { createBackup } from './create-backup';
import { incomingFile, removeIncoming } from './incoming-files';
import { restoreBackup } from './restore-backup';

export interface BackupHandlerOptions {
  dataDir: string;
  appVersion: string;
  emit: EventEmitter;
  now?: () => number;
  /** Called after an import adds links, so their pages can be fetched at once when online. */
  onImported?: () => void;
}

export function backupFileName(now: number): string {
  return `broadsheet-backup-${new Date(now).toISOString().slice(0, 10)}.bsbackup`;
}

export function createBackupHandlers(
  library: Library,
  options: BackupHandlerOptions,
): Handlers<'backup.write' | 'backup.apply' | 'imports.bookmarks'> {
  const now = options.now ?? Date.now;
  const counted = () => options.emit('library.countsChanged', countUnread(library.db(), now()));
  const incoming = (token: string) => {
    const path = incomingFile(options.dataDir, token);
    if (!path) throw new ApiError('NOT_FOUND', 'That file is no longer available; choose it again.');
    return path;
  };
  return {
    'backup.write': ({ settings }) => {
      const { token, dir } = newExportFolder(options.dataDir);
      const fileName = backupFileName(now());
      const path = join(dir, fileName);
      const manifest = createBackup(library.db(), path, {
        dataDir: options.dataDir,
        appVersion: options.appVersion,
        settings: settings ?? null,
        now: now(),
      });
      return { token, fileName, byteLength: statSync(path).size, counts: manifest.counts };
    },
    'backup.apply': (token) => {
      const path = incoming(token);
      try {
        const result = restoreBackup(library.db(), path, { dataDir: options.dataDir, now: now() });
        counted();
        return {
          summary: result.summary,
          settings: result.settings,
          createdAt: result.manifest.createdAt,
          appVersion: result.manifest.appVersion,
        };
      } finally {
        removeIncoming(options.dataDir, token);
      }
    },
    'imports.bookmarks': (source) => {
      let text: string;
      if ('text' in source) text = source.text;
      else {
        try {
          text = decodeHtml(readFileSync(incoming(source.token)));
        } finally {
          removeIncoming(options.dataDir, source.token);
        }
      }
      const summary = importBookmarks(library.db(), text, now());
      if (summary.added + summary.merged > 0) counted();
      if (summary.added > 0) options.onImported?.();
      return summary;
    },
  };
}
