/**
 * Starts the core worker thread and keeps it alive. Calls made while it starts
 * wait for it; calls in flight when it dies fail at once with a clear error
 * (never hang), the UI is told through `core.status`, and the worker restarts.
 * A worker that keeps dying is given up on after `maxRestarts` within
 * `restartWindowMs`, and every later call fails with the reason.
 */
import { Worker } from 'node:worker_threads';
import type { CoreCallName, EventEmitter } from '../api/contract';
import { failure, type Envelope } from '../api/envelope';
import { ApiError } from '../api/errors';
import type { CoreStatus } from '../api/models';
import type { CallMessage, CoreWorkerData, LogMessage, WorkerToHost } from '../core/worker-protocol';
import { hostLog } from './log/loggers';
import type { CoreCaller } from './router';

export interface CoreWorkerHostOptions {
  workerPath: string;
  workerData: CoreWorkerData;
  onEvent: EventEmitter;
  /** The core's log records; the host writes them, as the log file's one writer. */
  onLog?: (message: LogMessage) => void;
  maxRestarts?: number;
  restartWindowMs?: number;
}

/**
 * The core's young generation capped at 8 MB: V8 sizes it by the machine's memory otherwise (about 100 MB of
 * semi-spaces on a 24 GB machine), and a full refresh fills it with garbage it then keeps; capped, a 200-feed refresh
 * peaked about 250 MB lower (with the reading thread's, `READER_RESOURCE_LIMITS`) at no cost in CPU time
 * (docs/PERFORMANCE.md, "Memory (issue 14)"). The old generation keeps V8's limit: a restore or a large import may
 * need it, and running out would kill the core.
 */
export const CORE_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

interface PendingCall {
  message: CallMessage;
  resolve: (envelope: Envelope<unknown>) => void;
  sent: boolean;
}

export class CoreWorkerHost implements CoreCaller {
  private worker: Worker | undefined;
  private ready = false;
  private stopping = false;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private crashTimes: number[] = [];
  private lastError: string | undefined;
  private status: CoreStatus = { state: 'starting' };
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: CoreWorkerHostOptions) {}

  start(): void {
    this.stopping = false;
    this.spawn();
  }

  getStatus(): CoreStatus {
    return this.status;
  }

  call(method: CoreCallName, args: unknown[]): Promise<Envelope<unknown>> {
    if (this.status.state === 'failed' || this.stopping) {
      return Promise.resolve(failure(new ApiError('CORE_UNAVAILABLE', this.unavailableMessage())));
    }
    return new Promise((resolve) => {
      const message: CallMessage = { type: 'call', id: this.nextId++, method, args };
      const call: PendingCall = { message, resolve, sent: false };
      this.pending.set(message.id, call);
      if (this.ready) this.send(call);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.failCalls(() => true, 'Broadsheet is shutting down.');
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private spawn(): void {
    this.ready = false;
    const worker = new Worker(this.options.workerPath, {
      workerData: this.options.workerData,
      resourceLimits: CORE_RESOURCE_LIMITS,
    });
    this.worker = worker;
    worker.on('message', (message: WorkerToHost) => this.onMessage(message));
    worker.on('error', (error) => {
      this.lastError = error instanceof Error ? error.message : String(error);
      hostLog.error('The core worker failed: {error}', { error });
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.onExit(code);
    });
  }

  private onMessage(message: WorkerToHost): void {
    if (message.type === 'ready') {
      this.ready = true;
      this.setStatus({ state: 'ready' });
      for (const call of this.pending.values()) if (!call.sent) this.send(call);
    } else if (message.type === 'result') {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      call?.resolve(message.envelope);
    } else if (message.type === 'event') {
      this.options.onEvent(message.event, message.payload);
    } else if (message.type === 'log') {
      this.options.onLog?.(message);
    }
  }

  private onExit(code: number): void {
    this.worker = undefined;
    this.ready = false;
    if (this.stopping) return;

    const reason = this.lastError ? `${this.lastError}` : `exit code ${code}`;
    this.lastError = undefined;
    // Calls the dead worker had accepted may or may not have run: fail them rather than retry.
    this.failCalls(
      (call) => call.sent,
      `The core stopped unexpectedly (${reason}) while working on this request. It is restarting; please try again.`,
    );

    const now = Date.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    this.crashTimes = [...this.crashTimes.filter((time) => now - time < windowMs), now];
    if (this.crashTimes.length > (this.options.maxRestarts ?? 5)) {
      this.setStatus({
        state: 'failed',
        message: `The core stopped ${this.crashTimes.length} times in a row (last: ${reason}). Restart Broadsheet.`,
      });
      this.failCalls(() => true, this.unavailableMessage());
      return;
    }
    this.setStatus({ state: 'restarting', message: `The core stopped unexpectedly (${reason}) and is restarting.` });
    // Restart at once after a first crash; back off when it keeps crashing.
    const delay = this.crashTimes.length <= 1 ? 0 : Math.min(250 * 2 ** (this.crashTimes.length - 2), 5_000);
    this.restartTimer = setTimeout(() => this.spawn(), delay);
  }

  private send(call: PendingCall): void {
    call.sent = true;
    this.worker?.postMessage(call.message);
  }

  private failCalls(predicate: (call: PendingCall) => boolean, message: string): void {
    for (const [id, call] of this.pending) {
      if (!predicate(call)) continue;
      this.pending.delete(id);
      call.resolve(failure(new ApiError('CORE_UNAVAILABLE', message, { method: call.message.method })));
    }
  }

  private unavailableMessage(): string {
    if (this.stopping) return 'Broadsheet is shutting down.';
    return this.status.message ?? 'The core is not running.';
  }

  private setStatus(status: CoreStatus): void {
    this.status = status;
    this.options.onEvent('core.status', status);
  }
}
