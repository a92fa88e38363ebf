/**
 * The core's export methods. One export runs at a time (a second is
 * refused while the first writes, which keeps the worker's memory use to
 * one export's pages); cancel aborts it at the next page.
 */
import { rmSync } from 'node:fs';
import { ApiError } from '../../api/errors';
import type { EventEmitter, Handlers } from '../../api/contract';
import { imagesDir } from '../images/cache-paths';
import type { Library } from '../library/open-library';
import { newExportFolder, removeStaleExports } from './export-files';
import { runExport } from './run-export';

export interface ExportHandlerOptions {
  dataDir: string;
  emit: EventEmitter;
  now?: () => number;
}

export function createExportHandlers(
  library: Library,
  options: ExportHandlerOptions,
): Handlers<'exports.run' | 'exports.cancel'> {
  let running: AbortController | null = null;
  const now = options.now ?? Date.now;
  return {
    async 'exports.run'(request) {
      if (running) throw new ApiError('CONFLICT', 'An export is already running; wait for it to finish or cancel it.');
      const controller = new AbortController();
      running = controller;
      removeStaleExports(options.dataDir, now());
      const { token, dir } = newExportFolder(options.dataDir);
      try {
        const output = await runExport({
          db: library.db(),
          imagesRoot: imagesDir(options.dataDir),
          request,
          outDir: dir,
          now: now(),
          signal: controller.signal,
          onProgress: (progress) => options.emit('exports.progress', progress),
        });
        return {
          token,
          fileName: output.fileName,
          mimeType: output.mimeType,
          byteLength: output.byteLength,
          articleCount: output.articleCount,
        };
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      } finally {
        running = null;
      }
    },
    'exports.cancel'() {
      running?.abort();
      return null;
    },
  };
}
