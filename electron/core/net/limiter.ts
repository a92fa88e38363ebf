/**
 * Caps how many fetches run at once, overall and per host, so a refresh of
 * hundreds of feeds neither floods the network nor hits one server with more
 * than a couple of connections. Waiters start in arrival order; one whose
 * host is busy does not hold up waiters for other hosts.
 */

export type Release = () => void;

export interface LimiterOptions {
  global?: number;
  perHost?: number;
}

export interface Limiter {
  /** Resolves with a release function once a slot is free; rejects if `signal` aborts first. */
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
  /** Runs `task` inside a slot and always releases it. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
  activeFor(host: string): number;
}

export const limiterDefaults = { global: 8, perHost: 2 } as const;

interface Waiter {
  host: string;
  start: () => void;
}

export function createLimiter(options: LimiterOptions = {}): Limiter {
  const globalCap = Math.max(1, options.global ?? limiterDefaults.global);
  const hostCap = Math.max(1, options.perHost ?? limiterDefaults.perHost);
  const byHost = new Map<string, number>();
  const queue: Waiter[] = [];
  let active = 0;

  const activeFor = (host: string) => byHost.get(host) ?? 0;
  const canStart = (host: string) => active < globalCap && activeFor(host) < hostCap;

  const take = (host: string): Release => {
    active += 1;
    byHost.set(host, activeFor(host) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      const left = activeFor(host) - 1;
      if (left > 0) byHost.set(host, left);
      else byHost.delete(host);
      drain();
    };
  };

  // Invariant after every change: no waiter in the queue could start now.
  const drain = () => {
    for (let index = 0; index < queue.length && active < globalCap;) {
      const waiter = queue[index]!;
      if (!canStart(waiter.host)) {
        index += 1;
        continue;
      }
      queue.splice(index, 1);
      waiter.start();
    }
  };

  const acquire = (rawHost: string, signal?: AbortSignal): Promise<Release> => {
    const host = rawHost.toLowerCase();
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (canStart(host)) return Promise.resolve(take(host));
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(abortReason(signal!));
      };
      const waiter: Waiter = {
        host,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(take(host));
        },
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  return {
    acquire,
    async run(host, task, signal) {
      const release = await acquire(host, signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    activeFor: (host) => activeFor(host.toLowerCase()),
  };
}

/** The per-host key for a URL: its host name, so http and https of one server share the cap. */
export function hostKey(url: string): string {
  return URL.parse(url)?.hostname.toLowerCase() ?? url;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
