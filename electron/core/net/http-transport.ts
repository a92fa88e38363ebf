/**
 * The shape of one API call (a sync service's JSON or form endpoint), as the
 * protocol clients see it. The network service implements it over the shared
 * fetcher, limiter and proxy; protocol tests implement it over a plain fetch.
 * Keeping it this small lets a protocol client know nothing about pools,
 * proxies or certificates.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  url: string;
  method: HttpMethod;
  /** Sent as given. An `Authorization` header is dropped when a redirect leaves the first host. */
  headers: Readonly<Record<string, string>>;
  /** Form bodies are sent as `application/x-www-form-urlencoded` text, JSON as its text. */
  body?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The body decoded as UTF-8. */
  body: string;
  /** The URL the answer came from, after redirects. */
  url: string;
}

/**
 * Resolves with every HTTP answer, whatever its status; rejects only when no
 * answer came (network down, timeout, certificate refused, cancelled), with an
 * error whose message names no password or token.
 */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;
