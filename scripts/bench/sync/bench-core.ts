import type * as Esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CoreMethodName, EventName, EventPayload } from '../../../electron/api/contract';
import type { SyncFinished } from '../../../electron/api/methods/sync';
import { CoreWorkerHost } from '../../../electron/host/core-worker-host';

/**
 * The real core, hosted as the app hosts it: the worker entry bundled like
 * scripts/build.mjs bundles it, started by `CoreWorkerHost` on this thread,
 * whose event loop the benchmark measures. Calls go through the host's
 * message protocol; events arrive through its `onEvent`.
 */
export interface BenchCore {
  call<T = unknown>(method: CoreMethodName, ...args: unknown[]): Promise<T>;
  /** Settles with the next `sync.finished` event. */
  nextFinished(): Promise<SyncFinished>;
  events: Map<EventName, number>;
  stop(): Promise<void>;
}

/** Bundles electron/core/worker.ts into `dir` (esbuild is loaded from the checkout, not bundled into the benchmark). */
export async function buildWorker(root: string, dir: string): Promise<string> {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof Esbuild;
  const outfile = join(dir, 'core-worker.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'electron', 'core', 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    loader: { '.opml': 'text' },
    banner: {
      js: "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}

export async function startCore(workerPath: string, dataDir: string): Promise<BenchCore> {
  const events = new Map<EventName, number>();
  let waiters: ((finished: SyncFinished) => void)[] = [];
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
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
    onEvent: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      events.set(event, (events.get(event) ?? 0) + 1);
      if (event === 'core.status' && (payload as EventPayload<'core.status'>).state === 'ready') ready();
      if (event === 'sync.finished') {
        const current = waiters;
        waiters = [];
        for (const resolve of current) resolve(payload as SyncFinished);
      }
    },
  });
  host.start();
  await isReady;
  return {
    async call<T>(method: CoreMethodName, ...args: unknown[]) {
      const envelope = await host.call(method, args);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as T;
    },
    nextFinished: () => new Promise((resolve) => waiters.push(resolve)),
    events,
    stop: () => host.stop(),
  };
}
