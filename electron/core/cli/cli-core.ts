/**
 * The app's core service on a library folder, for the commands that run it (`sync`, `account`): the command line
 * is its own host, so it opens the core the way the worker does, with nothing scheduled and the background
 * integrity check skipped (a command runs once and leaves). Callers `shutdown()` it when done.
 */
import { mkdirSync } from 'node:fs';
import type { EventEmitter } from '../../api/contract';
import { createCoreService, type CoreService } from '../service';
import type { SyncEngineOptions } from '../sync/sync-engine';

export interface CliCoreOptions {
  dataDir: string;
  appVersion?: string;
  now?: () => number;
  /** The core's events the command wants (sync progress); the rest are dropped. */
  emit?: EventEmitter;
  /** Test overrides (timeouts, limits). */
  engine?: Partial<SyncEngineOptions>;
}

export function openCliCore(options: CliCoreOptions): CoreService {
  mkdirSync(options.dataDir, { recursive: true });
  return createCoreService({
    dataDir: options.dataDir,
    appName: 'Broadsheet',
    appVersion: options.appVersion ?? 'cli',
    // Only shapes the cache URLs `images.map` answers, which no command asks for.
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit: options.emit ?? (() => undefined),
    ...(options.now ? { now: options.now } : {}),
    skipIntegrityCheck: true,
    ...(options.engine ? { sync: { engine: options.engine } } : {}),
  });
}
