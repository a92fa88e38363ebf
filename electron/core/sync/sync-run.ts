/**
 * One refresh run over a growing list of feeds. Workers pull feed ids from a
 * queue, so a request made while the run is going joins it: its feeds are
 * appended (each feed at most once per run) and the total grows. Fetch
 * concurrency is the limiter's business; the worker count only bounds how
 * many parsed documents are held at once.
 */
import type { SyncFinished, SyncProgress } from '../../api/methods/sync';
import type { FeedOutcome } from './refresh-feed';

export const RUN_WORKERS = 16;
/** Failures kept in progress events: enough for any list the UI shows, bounded for 10,000 feeds. */
const MAX_REPORTED_FAILURES = 200;

export interface SyncRunOptions {
  id: number;
  refresh: (rowId: number, signal: AbortSignal) => Promise<FeedOutcome>;
  onProgress: (progress: SyncProgress) => void;
  onFeedDone?: (outcome: FeedOutcome) => void;
  /** Sums new articles per section at the end of the run (feed id → count in, per section out). */
  bySection?: (newByFeed: ReadonlyMap<string, number>) => SyncFinished['newBySection'];
  now: () => number;
}

export class SyncRun {
  readonly controller = new AbortController();
  readonly finished: Promise<SyncFinished>;
  private readonly included = new Set<number>();
  private readonly queue: number[] = [];
  private readonly started: number;
  private done = 0;
  private newArticles = 0;
  private failures: SyncProgress['failures'] = [];
  private readonly newByFeed = new Map<string, number>();
  private activeWorkers = 0;
  private isClosed = false;
  private resolve!: (value: SyncFinished) => void;

  constructor(private readonly options: SyncRunOptions) {
    this.started = options.now();
    this.finished = new Promise((resolve) => (this.resolve = resolve));
  }

  get id(): number {
    return this.options.id;
  }

  /** True once the run has finished: it takes no more feeds. */
  get closed(): boolean {
    return this.isClosed;
  }

  /** Adds feeds not yet in this run; returns how many were new. */
  add(rowIds: readonly number[]): number {
    if (this.isClosed) throw new Error('a finished sync run cannot take more feeds');
    let added = 0;
    for (const rowId of rowIds) {
      if (this.included.has(rowId)) continue;
      this.included.add(rowId);
      this.queue.push(rowId);
      added += 1;
    }
    while (this.activeWorkers < RUN_WORKERS && this.activeWorkers < this.queue.length) this.startWorker();
    if (this.activeWorkers === 0) this.finish();
    return added;
  }

  cancel(): void {
    this.queue.length = 0;
    this.controller.abort();
  }

  progress(): SyncProgress {
    return {
      runId: this.id,
      done: this.done,
      total: this.included.size,
      newArticles: this.newArticles,
      failures: [...this.failures],
    };
  }

  private startWorker(): void {
    this.activeWorkers += 1;
    void this.work().finally(() => {
      this.activeWorkers -= 1;
      if (this.activeWorkers === 0) this.finish();
    });
  }

  private async work(): Promise<void> {
    for (let rowId = this.queue.shift(); rowId !== undefined; rowId = this.queue.shift()) {
      const outcome = await this.options.refresh(rowId, this.controller.signal);
      // A cancelled feed was never attempted: it is not "done" and not a failure.
      if (outcome.status === 'cancelled') continue;
      this.done += 1;
      this.newArticles += outcome.newArticles;
      if (outcome.newArticles > 0)
        this.newByFeed.set(outcome.feedId, (this.newByFeed.get(outcome.feedId) ?? 0) + outcome.newArticles);
      if ((outcome.status === 'failed' || outcome.status === 'gone') && this.failures.length < MAX_REPORTED_FAILURES) {
        this.failures.push({
          feedId: outcome.feedId,
          title: outcome.title,
          message: outcome.message ?? '',
          cause: outcome.cause ?? 'other',
        });
      }
      this.options.onFeedDone?.(outcome);
      this.options.onProgress(this.progress());
    }
  }

  private finish(): void {
    this.isClosed = true;
    const newBySection = this.newByFeed.size > 0 ? (this.options.bySection?.(this.newByFeed) ?? []) : [];
    this.resolve({
      ...this.progress(),
      cancelled: this.controller.signal.aborted,
      durationMs: Math.max(0, this.options.now() - this.started),
      newBySection,
    });
  }
}
