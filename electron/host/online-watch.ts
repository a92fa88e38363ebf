/**
 * Electron's main process has `net.isOnline()` but no online/offline events,
 * so the host asks now and then and reports changes only. Injected check and
 * timers keep it testable.
 */
export const ONLINE_POLL_MS = 15_000;

export interface OnlineWatch {
  stop(): void;
}

export function watchOnline(isOnline: () => boolean, onChange: (online: boolean) => void, every = ONLINE_POLL_MS): OnlineWatch {
  let last = isOnline();
  const timer = setInterval(() => {
    const now = isOnline();
    if (now === last) return;
    last = now;
    onChange(now);
  }, every);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
