/**
 * Runs the whole corpus in worker threads, each file bounded in time: a file
 * that takes longer is a hang, its worker is terminated and replaced.
 */
import { Worker } from 'node:worker_threads';
import { loadExpectations, type Expectation } from './expectations';
import type { FileOutcome } from './run-file';

export interface RunOptions {
  corpusDir: string;
  /** A bundled (plain JavaScript) build of ./worker.ts. */
  workerFile: string;
  timeoutMs?: number;
  concurrency?: number;
  only?: (expectation: Expectation) => boolean;
}

export interface RunResult {
  outcomes: FileOutcome[];
  hangs: string[];
}

type Reply = { ready: true } | { index: number; outcome: FileOutcome };

class Lane {
  private worker!: Worker;
  private ready!: Promise<void>;
  private pending: ((reply: Reply) => void) | undefined;

  constructor(private readonly options: RunOptions) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(this.options.workerFile, { workerData: { corpusDir: this.options.corpusDir } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.once('message', () => resolve());
    });
    this.worker.on('message', (reply: Reply) => this.pending?.(reply));
  }

  async run(index: number, timeoutMs: number): Promise<FileOutcome | 'hang'> {
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        void this.worker.terminate();
        this.start();
        resolve('hang');
      }, timeoutMs);
      this.pending = (reply) => {
        if (!('index' in reply) || reply.index !== index) return;
        clearTimeout(timer);
        this.pending = undefined;
        resolve(reply.outcome);
      };
      this.worker.postMessage(index);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

export async function runCorpus(options: RunOptions): Promise<RunResult> {
  const expectations = loadExpectations(options.corpusDir);
  const queue = expectations.map((e, index) => ({ e, index })).filter(({ e }) => options.only?.(e) ?? true);
  const outcomes: FileOutcome[] = [];
  const hangs: string[] = [];
  const lanes = Array.from({ length: options.concurrency ?? 2 }, () => new Lane(options));
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < queue.length) {
        const { e, index } = queue[next++]!;
        const outcome = await lane.run(index, options.timeoutMs ?? 1000);
        if (outcome === 'hang') hangs.push(e.path);
        else outcomes.push(outcome);
      }
    }),
  );
  await Promise.all(lanes.map((lane) => lane.close()));
  return { outcomes, hangs };
}
