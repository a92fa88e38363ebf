/**
 * Wakes the engine when feeds fall due. It does not keep its own list: each
 * tick asks the store what is due now and when the next feed will be, so
 * per-feed intervals, pauses, backoff and Retry-After all come from one
 * query. Offline, ticks start nothing (no attempts, no errors); coming back
 * online ticks at once. Timers are injected so tests drive time by hand.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending refresh must not keep a CLI or test process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SchedulerDeps {
  timers: Timers;
  now: () => number;
  isOnline: () => boolean;
  /** Starts (or joins) a refresh of the feeds due now. */
  refreshDue: () => void;
  /** When the next feed falls due, or null when none is active. */
  nextDueAt: () => number | null;
  intervalMs: () => number;
}

/** Never wake more often than this, so a feed stuck "due" cannot spin the loop. */
export const MIN_WAKE_MS = 15_000;

export interface Scheduler {
  start(): void;
  tick(): void;
  /** Plans the next tick again without refreshing now (a run finished, due times moved). */
  replan(): void;
  /** Waits `ms` before the next tick: after a cancel, the reader asked for quiet. */
  postpone(ms: number): void;
  stop(): void;
  /** When the next tick is planned (ms since the epoch), for status and tests. */
  readonly plannedAt: number | null;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  let handle: unknown = null;
  let plannedAt: number | null = null;
  let stopped = true;

  const planIn = (delay: number) => {
    if (handle !== null) deps.timers.clearTimeout(handle);
    plannedAt = deps.now() + delay;
    handle = deps.timers.setTimeout(tick, delay);
  };
  const plan = () => {
    const due = deps.nextDueAt();
    planIn(Math.min(deps.intervalMs(), Math.max(MIN_WAKE_MS, (due ?? Number.POSITIVE_INFINITY) - deps.now())));
  };

  function tick(): void {
    if (stopped) return;
    if (deps.isOnline()) {
      try {
        deps.refreshDue();
      } catch {
        // A library that cannot be read now may be readable at the next tick.
      }
    }
    try {
      plan();
    } catch {
      planIn(deps.intervalMs());
    }
  }

  return {
    start() {
      stopped = false;
      tick();
    },
    tick,
    replan() {
      if (stopped) return;
      try {
        plan();
      } catch {
        planIn(deps.intervalMs());
      }
    },
    postpone(ms) {
      if (!stopped) planIn(ms);
    },
    stop() {
      stopped = true;
      if (handle !== null) deps.timers.clearTimeout(handle);
      handle = null;
      plannedAt = null;
    },
    get plannedAt() {
      return plannedAt;
    },
  };
}
