/**
 * The real core, hosted as the app hosts it: the worker entry bundled like scripts/build.mjs bundles it,
 * started by `CoreWorkerHost` on this thread (whose event loop the benchmark measures), and told the
 * network state and sync settings by the host's own `createCoreSyncBridge` as soon as it is ready, which
 * starts its schedule: with feeds due and the network up, that is the refresh the app runs at start.
 * Calls go through the host's message protocol; events arrive through its `onEvent`.
 */
import type * as Esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CoreMethodName, EventName, EventPayload } from '../../../electron/api/contract';
import type { SyncFinished, SyncProgress } from '../../../electron/api/methods/sync';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { createCoreSyncBridge } from '../../../electron/host/core-sync-bridge';
import { CoreWorkerHost } from '../../../electron/host/core-worker-host';
import { coreWorkerBundles } from '../../core-worker-bundles.mjs';

export interface BenchCore {
  call<T = unknown>(method: CoreMethodName, ...args: unknown[]): Promise<T>;
  /** Settles when the worker reports ready, with the process's RSS (MB) at that moment, before the host says anything. */
  ready: Promise<{ rssMb: number }>;
  /** Settles with the next `sync.finished` event. */
  nextFinished(): Promise<SyncFinished>;
  /** Settles with the first `sync.progress` or `sync.finished` event from now on that `test` accepts. */
  nextProgress(test: (progress: SyncProgress) => boolean): Promise<SyncProgress>;
  events: Map<EventName, number>;
  stop(): Promise<void>;
}

export interface StartCoreOptions {
  /** What the host tells the core about the network once it is ready (offline: the schedule starts nothing). */
  online: boolean;
}

/** Offline images off: the benchmark measures feeds, and its servers serve no images. */
const SETTINGS = { ...DEFAULT_SETTINGS, offlineImages: false };

/** Bundles electron/core/worker.ts into `dir` (esbuild is loaded from the checkout, not bundled into the benchmark). */
export async function buildWorker(root: string, dir: string): Promise<string> {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof Esbuild;
  // The core starts its reading thread from `feed-reader.mjs` beside it, as in the app's build.
  await esbuild.build({ ...coreWorkerBundles(root), outdir: dir, logLevel: 'warning' });
  return join(dir, 'core-worker.mjs');
}

/** Starts the worker now; calls made before it is ready wait for it. */
export function startCore(workerPath: string, dataDir: string, options: StartCoreOptions): BenchCore {
  const events = new Map<EventName, number>();
  let finishedWaiters: ((finished: SyncFinished) => void)[] = [];
  let progressWaiters: { test: (progress: SyncProgress) => boolean; resolve: (progress: SyncProgress) => void }[] = [];
  let ready!: (value: { rssMb: number }) => void;
  const isReady = new Promise<{ rssMb: number }>((resolve) => (ready = resolve));
  const onProgress = (progress: SyncProgress) => {
    const waiting = progressWaiters;
    progressWaiters = waiting.filter((waiter) => !waiter.test(progress));
    for (const waiter of waiting) if (!progressWaiters.includes(waiter)) waiter.resolve(progress);
  };
  const bridge = createCoreSyncBridge({ settings: () => SETTINGS, isOnline: () => options.online });
  const host = new CoreWorkerHost({
    workerPath,
    workerData: {
      dataDir,
      appName: 'Broadsheet',
      appVersion: 'bench',
      runtime: 'preview',
      platform: process.platform,
      electronVersion: null,
      chromeVersion: null,
    },
    // The bridge passes each event on first, then reacts (on ready: network state and settings).
    onEvent: bridge.observe(<E extends EventName>(event: E, payload: EventPayload<E>) => {
      events.set(event, (events.get(event) ?? 0) + 1);
      if (event === 'core.status' && (payload as EventPayload<'core.status'>).state === 'ready')
        ready({ rssMb: process.memoryUsage.rss() / 1_048_576 });
      if (event === 'sync.progress') onProgress(payload as SyncProgress);
      if (event === 'sync.finished') {
        onProgress(payload as SyncFinished);
        const waiting = finishedWaiters;
        finishedWaiters = [];
        for (const resolve of waiting) resolve(payload as SyncFinished);
      }
    }),
  });
  bridge.attach(host);
  host.start();
  return {
    async call<T>(method: CoreMethodName, ...args: unknown[]) {
      const envelope = await host.call(method, args);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as T;
    },
    ready: isReady,
    nextFinished: () => new Promise((resolve) => finishedWaiters.push(resolve)),
    nextProgress: (test) => new Promise((resolve) => progressWaiters.push({ test, resolve })),
    events,
    stop: () => host.stop(),
  };
}
