/**
 * Reads feed documents on a second thread, so parsing and normalising one
 * feed (about 40 % of a refresh's CPU) overlaps with the core thread storing
 * the previous one, and a document that exhausts memory takes down this
 * thread, not the core. The thread starts on the first request and is let go
 * after a quiet spell; the language detector (about 27 MB) lives and goes with it.
 *
 * Requests are answered in the order they arrive, one at a time, so when the
 * thread dies the oldest unanswered request is the one it was working on: it
 * fails with the reason, and the requests queued behind it are sent again to
 * a fresh thread (once). What the thread holds in flight is bounded by bytes
 * (`ByteBudgetQueue`), and its young generation is capped: both keep the
 * process's memory down during a full refresh (docs/PERFORMANCE.md, "Memory
 * (issue 14)").
 */
import type { FailureCause } from '../../../api/library-models';
import { Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import type { LanguageChoice, LanguageDetector, LanguageSample } from '../../language/choose-language';
import { loadLanguageDetector } from '../../language/language-detector';
import { ByteBudgetQueue } from './byte-budget-queue';
import {
  chooseLanguages,
  readFeedDocument,
  type FeedDocument,
  type FeedDocumentInput,
  type FeedReader,
} from './read-feed-document';

export interface ThreadFeedReaderOptions {
  /** The script to run: the reading thread's bundle (`feed-reader.mjs`, from `core/feed-reader-worker.ts`). */
  script: string | URL;
  /** Heap ceiling for the reading thread; a document needing more fails alone. */
  resourceLimits?: ResourceLimits;
  /** Document bytes posted to the thread and not yet read, at most (one larger document still goes alone). */
  maxBytesInFlight?: number;
  /** Milliseconds without work before the thread is let go. */
  idleMs?: number;
}

/**
 * The old generation may grow to 1 GB for one huge document; the young generation is capped at 8 MB, where V8 would
 * size it by the machine's memory (about 100 MB of semi-spaces here, filled and kept by a refresh's garbage). With the
 * cap a 200-feed refresh peaked about 250 MB lower (both threads capped) at no cost in CPU time (docs/PERFORMANCE.md).
 */
export const READER_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 };
/** A few dozen ordinary documents, or one at the 20 MB body cap. */
export const READER_BYTES_IN_FLIGHT = 32 * 1024 * 1024;
const DEFAULT_IDLE_MS = 30_000;

type ReaderRequest =
  { kind: 'read'; input: FeedDocumentInput } | { kind: 'languages'; samples: readonly LanguageSample[] };

type ReaderAnswer = { kind: 'read'; document: FeedDocument } | { kind: 'languages'; choices: LanguageChoice[] };
/** An answer from the thread, the thread's own one-line refusal, or why the thread went away. */
type Settlement = ReaderAnswer | string | ReadFailure;

interface Pending {
  request: ReaderRequest;
  /** With the answer, or with the reason the thread could not give one. */
  settle: (answer: Settlement) => void;
  retried: boolean;
  /** The document's size (0 for language samples, which are small). */
  bytes: number;
}

/** The reading thread's side: answer each request in turn. */
export function runFeedReaderThread(port: MessagePort): void {
  // Loaded while the first document is on its way; without it, rows keep their declared language for the language pass.
  const detector = loadLanguageDetector().catch(() => undefined);
  port.on('message', async (message: ReaderRequest & { id: number }) => {
    const answer = respond(message, await detector);
    port.postMessage({ id: message.id, answer });
  });
}

function respond(request: ReaderRequest, detect: LanguageDetector | undefined): ReaderAnswer | string {
  if (request.kind === 'read') return { kind: 'read', document: readFeedDocument(request.input, detect) };
  if (!detect) return 'the language detector could not be loaded';
  return { kind: 'languages', choices: chooseLanguages(request.samples, detect) };
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
  private readonly queue: ByteBudgetQueue<Pending>;

  constructor(private readonly options: ThreadFeedReaderOptions) {
    this.queue = new ByteBudgetQueue(
      options.maxBytesInFlight ?? READER_BYTES_IN_FLIGHT,
      (request) => request.bytes,
      (request) => this.post(request),
    );
  }

  read(input: FeedDocumentInput): Promise<FeedDocument> {
    if (this.closed) return Promise.resolve(failed(CLOSING));
    return new Promise((resolve) => {
      const settle = (answer: Settlement) =>
        resolve(
          typeof answer === 'string'
            ? failed({ reason: answer, cause: 'internal' })
            : 'reason' in answer
              ? failed(answer)
              : answer.kind === 'read'
                ? answer.document
                : failed({ reason: 'its reading thread answered another request', cause: 'internal' }),
        );
      this.send({ request: { kind: 'read', input }, settle, retried: false, bytes: input.body.byteLength });
    });
  }

  chooseLanguages(samples: readonly LanguageSample[]): Promise<LanguageChoice[] | null> {
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const settle = (answer: Settlement) =>
        resolve(typeof answer !== 'string' && 'kind' in answer && answer.kind === 'languages' ? answer.choices : null);
      this.send({ request: { kind: 'languages', samples }, settle, retried: false, bytes: 0 });
    });
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
    this.clearIdle();
    this.queue.add(request);
  }

  private post(request: Pending): void {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    this.pending.set(id, request);
    worker.ref();
    // Copied, not transferred: the request is kept to send it again if the thread dies.
    worker.postMessage({ id, ...request.request });
  }

  private start(): Worker {
    const worker = new Worker(this.options.script, {
      resourceLimits: this.options.resourceLimits ?? READER_RESOURCE_LIMITS,
    });
    worker.on('message', (message: { id: number; answer: ReaderAnswer | string }) => this.answered(message));
    worker.on('error', (error) => this.stopped(worker, reasonOf(error)));
    worker.on('exit', (code) => this.stopped(worker, { reason: `it stopped with code ${code}`, cause: 'internal' }));
    this.worker = worker;
    return worker;
  }

  private answered({ id, answer }: { id: number; answer: ReaderAnswer | string }): void {
    const request = this.pending.get(id);
    this.pending.delete(id);
    request?.settle(answer);
    if (request) this.queue.done(request);
    if (this.pending.size === 0 && this.queue.waiting === 0) this.becomeIdle();
  }

  private stopped(worker: Worker, reason: ReadFailure): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const queued = [...this.pending.values()];
    this.pending.clear();
    this.queue.resetInFlight();
    const [reading, ...behind] = queued;
    reading?.settle(reason);
    const again: Pending[] = [];
    for (const request of behind) {
      if (request.retried || this.closed) request.settle(reason);
      else again.push({ ...request, retried: true });
    }
    // Sent again before the requests still held back, which arrived after them.
    this.queue.addFirst(again);
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
    for (const request of this.pending.values()) request.settle(reason);
    this.pending.clear();
    for (const request of this.queue.takeAll()) request.settle(reason);
    this.queue.resetInFlight();
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
    cause: 'internal',
  };
}

function failed({ reason, cause }: ReadFailure): FeedDocument {
  return { ok: false, cause, message: `Broadsheet could not read this feed (${reason}).` };
}
