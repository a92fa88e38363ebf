import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FuzzJob, FuzzReport } from './parser-fuzz-worker';

/**
 * Runs fuzz jobs on a few worker threads. A job that does not answer within
 * `hangMs` is a hang: its worker is terminated and replaced, so one bad
 * document costs its own report, never the suite. A worker that dies
 * (out of memory, a native crash) reports its job as a crash.
 */
export interface PoolOptions {
  corpus: Uint8Array[];
  workers: number;
  hangMs: number;
  /** Per worker; a memory blow-up ends the worker instead of the test process. */
  maxHeapMb: number;
}

/** `lost`: the worker never answered (hang) or died (crash); it is replaced. */
export type JobResult =
  | FuzzReport
  | {
      index: number;
      outcome: 'hang' | 'crash';
      detail: string;
      label: string;
      ms: number;
      cpuMs: number;
      heapMb: number;
      bytes: number;
      lost: true;
    };

export async function bundleFuzzWorker(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-parser-fuzz-'));
  const file = join(dir, 'parser-fuzz-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'parser-fuzz-worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runJobs(workerFile: string, jobs: FuzzJob[], options: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = [];
  let next = 0;
  const spawn = () =>
    new Worker(workerFile, {
      workerData: { corpus: options.corpus },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    });

  async function lane(): Promise<void> {
    let worker = spawn();
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const result = await runOne(worker, job, options.hangMs);
        results.push(result);
        if ('lost' in result) {
          await worker.terminate();
          worker = spawn();
        }
      }
    } finally {
      await worker.terminate();
    }
  }
  await Promise.all(Array.from({ length: options.workers }, lane));
  return results.sort((a, b) => a.index - b.index);
}

function runOne(worker: Worker, job: FuzzJob, hangMs: number): Promise<JobResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const finish = (result: JobResult) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(result);
    };
    const lost = (outcome: 'hang' | 'crash', detail: string): JobResult => ({
      index: job.index,
      outcome,
      detail,
      label: '',
      ms: performance.now() - started,
      cpuMs: 0,
      heapMb: 0,
      bytes: 0,
      lost: true,
    });
    const onMessage = (report: FuzzReport) => finish(report);
    const onError = (error: Error) => finish(lost('crash', `worker died: ${error.message}`));
    const onExit = (code: number) => finish(lost('crash', `worker exited with code ${code}`));
    const timer = setTimeout(() => finish(lost('hang', `no answer within ${hangMs} ms`)), hangMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
