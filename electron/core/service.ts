import type { AppInfo } from '../api/models';
import type { CoreMethodName, EventEmitter, Handlers } from '../api/contract';
import type { CoreWorkerData } from './worker-protocol';

/**
 * The core: answers every contract method owned by the core. It runs inside
 * the worker thread (see worker.ts) but knows nothing about threads, so tests
 * drive it directly.
 */
export interface CoreService {
  handlers: Handlers<CoreMethodName>;
  close(): void;
}

export interface CoreServiceOptions extends CoreWorkerData {
  emit: EventEmitter;
}

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

  return {
    handlers: {
      'app.getInfo': () => info,
      // The offline library (SQLite) replaces this with the stored sections.
      'sections.list': () => [],
    },
    close() {},
  };
}
