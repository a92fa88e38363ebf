/** Settings shared by every fetch a fetcher makes (one connection pool). */
import type { ProxySetting } from './proxy-settings';

export interface FetcherConfig {
  /** Goes into the User-Agent so site owners can tell who is calling. */
  appVersion: string;
  /** Time to open the TCP connection and finish the TLS handshake. */
  connectTimeoutMs?: number;
  /** Default whole-fetch bound (all redirects, headers and body). */
  totalTimeoutMs?: number;
  /** Default body cap, counted after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  proxy?: ProxySetting;
  /** Environment to read HTTP(S)_PROXY/NO_PROXY from; `process.env` when absent. */
  env?: Record<string, string | undefined>;
  /** Clock for Retry-After dates; injectable for tests. */
  now?: () => Date;
}

/** Per-fetch choices. */
export interface FetchRequest {
  /** Validators from the last successful fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Defaults to feed formats; article pages and images pass their own. */
  accept?: string;
  signal?: AbortSignal;
  totalTimeoutMs?: number;
  maxBytes?: number;
}

export const fetchDefaults = {
  connectTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export interface ResolvedFetch {
  accept: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  signal: AbortSignal | undefined;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  connectTimeoutMs: number;
}

export function resolveFetch(config: FetcherConfig, request: FetchRequest): ResolvedFetch {
  return {
    accept: request.accept,
    etag: request.etag,
    lastModified: request.lastModified,
    signal: request.signal,
    totalTimeoutMs: request.totalTimeoutMs ?? config.totalTimeoutMs ?? fetchDefaults.totalTimeoutMs,
    maxBytes: request.maxBytes ?? config.maxBytes ?? fetchDefaults.maxBytes,
    maxRedirects: config.maxRedirects ?? fetchDefaults.maxRedirects,
    connectTimeoutMs: config.connectTimeoutMs ?? fetchDefaults.connectTimeoutMs,
  };
}
