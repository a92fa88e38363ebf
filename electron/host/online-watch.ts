/**
 * Electron's main process has `net.isOnline()` but no online/offline events,
 * so the host asks now and then and reports changes only. A laptop waking
 * from sleep is when the answer changes most and a stale one costs most (a
 * scheduled refresh would record errors for every feed), so the host also
 * asks at once on resume (`recheck`). Injected check and timers keep it
 * testable.
 */
export const ONLINE_POLL_MS = 5_000;

export interface OnlineWatch {
  /** Ask now (after sleep, after a screen unlock); reports only a change. */
  recheck(): void;
  stop(): void;
}

export interface OnlineTimers {
  setInterval(run: () => void, ms: number): { unref?(): void };
  clearInterval(handle: unknown): void;
}

const realTimers: OnlineTimers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function watchOnline(
  isOnline: () => boolean,
  onChange: (online: boolean) => void,
  every = ONLINE_POLL_MS,
  timers: OnlineTimers = realTimers,
): OnlineWatch {
  let last = isOnline();
  const check = () => {
    const now = isOnline();
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const timer = timers.setInterval(check, every);
  timer.unref?.();
  return { recheck: check, stop: () => timers.clearInterval(timer) };
}
