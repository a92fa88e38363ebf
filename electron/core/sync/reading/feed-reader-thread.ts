import type { FailureCause } from '../../../api/library-models';
import { Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import { readFeedDocument, type FeedDocument, type FeedDocumentInput, type FeedReader } from './read-feed-document';

/**
 * Reads feed documents on a second thread, so parsing and normalising one
 * feed (about 40 % of a refresh's CPU) overlaps with the core thread storing
 * the previous one, and a document that exhausts memory takes down this
 * thread, not the core. The thread starts on the first read and is let go
 * after a quiet spell.
 *
 * Documents are read in the order they arrive, one at a time, so when the
 * thread dies the oldest unanswered document is the one it was reading: that
 * feed fails with the reason, and the documents queued behind it are read
 * again on a fresh thread (once).
 */
export interface ThreadFeedReaderOptions {
  /** The script to run: the core worker bundle, which switches to `runFeedReaderThread` on `workerData`. */
  script: string | URL;
  workerData: unknown;
  /** Heap ceiling for the reading thread; a document needing more fails alone. */
  resourceLimits?: ResourceLimits;
  /** Milliseconds without work before the thread is let go. */
  idleMs?: number;
}

export const READER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };
const DEFAULT_IDLE_MS = 30_000;

interface ReadRequest {
  id: number;
  input: FeedDocumentInput;
}

interface ReadAnswer {
  id: number;
  document: FeedDocument;
}

interface Pending {
  input: FeedDocumentInput;
  resolve: (document: FeedDocument) => void;
  retried: boolean;
}

/** The reading thread's side: answer each document in turn. */
export function runFeedReaderThread(port: MessagePort): void {
  port.on('message', (request: ReadRequest) => {
    const answer: ReadAnswer = { id: request.id, document: readFeedDocument(request.input) };
    port.postMessage(answer);
  });
}

export function createThreadFeedReader(options: ThreadFeedReaderOptions): FeedReader {
  return new ThreadFeedReader(options);
}

class ThreadFeedReader implements FeedReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: ThreadFeedReaderOptions) {}

  read(input: FeedDocumentInput): Promise<FeedDocument> {
    if (this.closed) return Promise.resolve(failed(CLOSING));
    return new Promise((resolve) => this.send({ input, resolve, retried: false }));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clearIdle();
    const worker = this.worker;
    this.worker = null;
    this.failAll(CLOSING);
    await worker?.terminate();
  }

  private send(request: Pending): void {
    const worker = this.worker ?? this.start();
    this.clearIdle();
    const id = this.nextId++;
    this.pending.set(id, request);
    worker.ref();
    // Copied, not transferred: the input is kept to read it again if the thread dies.
    worker.postMessage({ id, input: request.input } satisfies ReadRequest);
  }

  private start(): Worker {
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      resourceLimits: this.options.resourceLimits ?? READER_RESOURCE_LIMITS,
    });
    worker.on('message', (answer: ReadAnswer) => this.answered(answer));
    worker.on('error', (error) => this.stopped(worker, reasonOf(error)));
    worker.on('exit', (code) => this.stopped(worker, { reason: `it stopped with code ${code}`, cause: 'other' }));
    this.worker = worker;
    return worker;
  }

  private answered(answer: ReadAnswer): void {
    const request = this.pending.get(answer.id);
    this.pending.delete(answer.id);
    request?.resolve(answer.document);
    if (this.pending.size === 0) this.becomeIdle();
  }

  private stopped(worker: Worker, reason: ReadFailure): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const queued = [...this.pending.values()];
    this.pending.clear();
    const [reading, ...behind] = queued;
    reading?.resolve(failed(reason));
    for (const request of behind) {
      if (request.retried || this.closed) request.resolve(failed(reason));
      else this.send({ ...request, retried: true });
    }
  }

  private becomeIdle(): void {
    this.worker?.unref();
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      const worker = this.worker;
      if (!worker || this.pending.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, this.options.idleMs ?? DEFAULT_IDLE_MS);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private failAll(reason: ReadFailure): void {
    for (const request of this.pending.values()) request.resolve(failed(reason));
    this.pending.clear();
  }
}

const CLOSING: ReadFailure = { reason: 'the app is closing', cause: 'other' };

interface ReadFailure {
  reason: string;
  cause: FailureCause;
}

function reasonOf(error: unknown): ReadFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { reason: 'the document needs more memory than one feed may use', cause: 'too-large' };
  }
  return {
    reason: `its reading thread failed: ${error instanceof Error ? error.message : String(error)}`,
    cause: 'other',
  };
}

function failed({ reason, cause }: ReadFailure): FeedDocument {
  return { ok: false, cause, message: `Broadsheet could not read this feed (${reason}).` };
}
