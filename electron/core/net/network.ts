/**
 * The core's one network service. It owns the connection pools, the limiter every download shares (feeds, article
 * pages, pictures, discovery, account API calls) and the proxy setting; the core service creates it and hands it
 * to sync, the image cache, full text and discovery, so nothing else opens a pool of its own. A proxy change
 * replaces the pools; callers ask for the fetcher each time rather than keep one.
 *
 * Two ways in: `fetcher()` for downloads that end as a `FetchResult` (GET, validators, never rejects), and a
 * transport (`HttpTransport`) for API calls with a method, headers and a body, trusting the system's CA store too
 * and optionally one pinned certificate (see tls-trust.ts).
 */
import type { Dispatcher } from 'undici';
import { createDispatcher } from './create-dispatcher';
import { createFetcher, type Fetcher } from './fetch-resource';
import { fetchDefaults, type FetcherConfig, type FetchRequest } from './fetch-options';
import type { FetchResult } from './fetch-result';
import type { HttpTransport } from './http-transport';
import { createLimiter, hostKey, type Limiter, type LimiterOptions } from './limiter';
import { proxyFromSettings } from './proxy-from-settings';
import { sendRequest } from './send-request';
import { accountTls, parsePin } from './tls-trust';

export interface NetworkOptions {
  /** Goes into the User-Agent. */
  appVersion: string;
  /** The core's clock; Retry-After dates are read against it, so tests with a fixed clock see consistent due times. */
  now?: () => number;
  /** Overrides for tests: shorter timeouts, a fixed proxy or environment. They win over the proxy setting. */
  fetcher?: Partial<FetcherConfig>;
  limits?: LimiterOptions;
}

export interface TransportOptions {
  /**
   * The SHA-256 fingerprint of the server's certificate (`AB:CD:…` or 64 hex digits). Only that certificate is
   * accepted, even a self-signed one; any other fails with `CERTIFICATE_PIN`. Throws a TypeError when malformed.
   */
  pinnedFingerprint?: string;
  /** Whole-call bound (every redirect, the headers and the body); 60 s by default. */
  totalTimeoutMs?: number;
  /** Cap on the decoded answer; 20 MB by default. */
  maxBytes?: number;
}

export interface Network {
  /** The fetcher in use now (it is replaced when the proxy setting changes). */
  fetcher(): Fetcher;
  /** The one limiter: at most 8 connections in all and 2 per host, whoever asks. */
  readonly limiter: Limiter;
  /** One download under the shared limits (discovery's pages). Never rejects. */
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
  /** API calls with the system's CA store and no pin. */
  readonly transport: HttpTransport;
  createTransport(options?: TransportOptions): HttpTransport;
  /** The settings' proxy field (empty: the system's); a change replaces the pools, calls in flight finish on the old. */
  configureProxy(value: string): void;
  /** Why the proxy setting is not followed as written (a SOCKS address), or null. */
  readonly proxyNotice: string | null;
  /** Closes every pool; downloads in flight end as errors. */
  close(): Promise<void>;
}

interface Pools {
  fetcher: Fetcher;
  /** The transports' dispatchers, by pin ('' for none), made on first use. */
  transports: Map<string, Dispatcher>;
}

export function createNetwork(options: NetworkOptions): Network {
  const now = options.now ?? Date.now;
  const limiter = createLimiter(options.limits);
  let proxyValue = '';
  let proxy = proxyFromSettings(proxyValue);
  const config = (): FetcherConfig => ({
    appVersion: options.appVersion,
    proxy: proxy.setting,
    now: () => new Date(now()),
    ...options.fetcher,
  });
  const newPools = (): Pools => ({ fetcher: createFetcher(config()), transports: new Map() });
  let pools = newPools();

  const dispatcherFor = (pin: string | null): Dispatcher => {
    const key = pin ?? '';
    let dispatcher = pools.transports.get(key);
    if (!dispatcher) {
      dispatcher = createDispatcher(config(), accountTls(pin));
      pools.transports.set(key, dispatcher);
    }
    return dispatcher;
  };

  const createTransport = (transportOptions: TransportOptions = {}): HttpTransport => {
    const pin = transportOptions.pinnedFingerprint === undefined ? null : parsePin(transportOptions.pinnedFingerprint);
    const limits = config();
    const sendOptions = {
      dispatcher: () => dispatcherFor(pin),
      limiter,
      appVersion: options.appVersion,
      connectTimeoutMs: limits.connectTimeoutMs ?? fetchDefaults.connectTimeoutMs,
      totalTimeoutMs: transportOptions.totalTimeoutMs ?? limits.totalTimeoutMs ?? fetchDefaults.totalTimeoutMs,
      maxBytes: transportOptions.maxBytes ?? limits.maxBytes ?? fetchDefaults.maxBytes,
      maxRedirects: limits.maxRedirects ?? fetchDefaults.maxRedirects,
      httpsOnly: pin !== null,
    };
    return (request) => sendRequest(request, sendOptions);
  };

  const closePools = (old: Pools, how: 'close' | 'destroy'): Promise<unknown> =>
    Promise.all([
      old.fetcher.close(),
      ...[...old.transports.values()].map((dispatcher) =>
        how === 'close' ? dispatcher.close() : dispatcher.destroy(),
      ),
    ]);

  return {
    fetcher: () => pools.fetcher,
    limiter,
    fetch: (url, request = {}) =>
      limiter.run(hostKey(url), () => pools.fetcher.fetchResource(url, request), request.signal),
    transport: createTransport(),
    createTransport,
    configureProxy(value) {
      if (value === proxyValue) return;
      proxyValue = value;
      proxy = proxyFromSettings(value);
      const old = pools;
      pools = newPools();
      void closePools(old, 'close').catch(() => undefined);
    },
    get proxyNotice() {
      return proxy.warning;
    },
    close: () => closePools(pools, 'destroy').then(() => undefined),
  };
}
