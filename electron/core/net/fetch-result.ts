/**
 * What one fetch produced, in a shape the sync engine can store and the UI
 * can show. Network trouble is a value here, never an exception: a refresh
 * of 1,000 feeds must not stop because one server misbehaves.
 */

export type FetchErrorCode =
  | 'INVALID_URL'
  | 'UNSUPPORTED_SCHEME'
  | 'TIMEOUT_CONNECT'
  | 'TIMEOUT_TOTAL'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'BAD_REDIRECT'
  | 'HTTP_ERROR'
  | 'NETWORK'
  | 'TLS'
  | 'DECODE'
  | 'CANCELLED';

export interface FetchOk {
  kind: 'ok';
  status: number;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  /** Decoded (decompressed) bytes; charset decoding is the parser's job. */
  body: Uint8Array;
  contentType: string | null;
  etag?: string;
  lastModified?: string;
  /** Set when every hop of a non-empty redirect chain was 301/308: the address to adopt. */
  permanentRedirect?: string;
}

export interface FetchNotModified {
  kind: 'not-modified';
  finalUrl: string;
  permanentRedirect?: string;
}

export interface FetchGone {
  kind: 'gone';
  finalUrl: string;
  message: string;
}

export interface FetchRetryLater {
  kind: 'retry-later';
  status: number;
  until: Date;
  /** Reader-facing explanation, e.g. "The server is busy (HTTP 503) …". */
  reason: string;
}

export interface FetchError {
  kind: 'error';
  code: FetchErrorCode;
  /** Reader-facing: says what happened and, where useful, what to do. */
  message: string;
  /** The HTTP status for HTTP_ERROR. */
  status?: number;
}

export type FetchResult = FetchOk | FetchNotModified | FetchGone | FetchRetryLater | FetchError;

export function fetchError(code: FetchErrorCode, message: string, status?: number): FetchError {
  return status === undefined ? { kind: 'error', code, message } : { kind: 'error', code, message, status };
}
