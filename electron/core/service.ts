import { join } from 'node:path';
import type { AppInfo } from '../api/models';
import type { CoreMethodName, EventEmitter, Handlers } from '../api/contract';
import { createLibraryHandlers } from './library/library-handlers';
import { openLibrary, type Library } from './library/open-library';
import type { CoreWorkerData } from './worker-protocol';

/**
 * The core: answers every contract method owned by the core. It runs inside
 * the worker thread (see worker.ts) but knows nothing about threads, so tests
 * drive it directly.
 */
export interface CoreService {
  handlers: Handlers<CoreMethodName>;
  /** The offline library; tests and the sync engine write articles through it. */
  library: Library;
  close(): void;
}

export interface CoreServiceOptions extends CoreWorkerData {
  emit: EventEmitter;
  /** Tests fix the clock through this. */
  now?: () => number;
}

export const LIBRARY_FILE = 'library.sqlite';

export function createCoreService(options: CoreServiceOptions): CoreService {
  const info: AppInfo = {
    name: options.appName,
    version: options.appVersion,
    runtime: options.runtime,
    platform: options.platform,
    versions: {
      node: process.versions.node,
      sqlite: process.versions.sqlite ?? null,
      electron: options.electronVersion,
      chrome: options.chromeVersion,
    },
    dataDir: options.dataDir,
  };

  // Opening never throws: a library that cannot open reports why through library.status.
  const library = openLibrary(join(options.dataDir, LIBRARY_FILE), {
    onStatus: (status) => options.emit('library.statusChanged', status),
  });

  return {
    handlers: {
      ...createLibraryHandlers(library, { emit: options.emit, now: options.now }),
      'app.getInfo': () => info,
    },
    library,
    close() {
      library.close();
    },
  };
}
