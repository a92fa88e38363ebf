/**
 * What can go wrong in a Fever API call, as types the account backend can act on: the key was refused (`"auth":0`,
 * answered with HTTP 200 — never success), wait (429, 503 with Retry-After), retry later (5xx, network), drop the
 * change (another 4xx), or a server that does not speak Fever. Messages are sentences for the reader; none contains
 * the password or the `api_key` (an MD5 of user and password, as good as the password to this server), and none
 * quotes a response body.
 */
import { unreachableSentence } from '../net/failure-sentences';

export abstract class FeverError extends Error {
  /** What was asked, e.g. `items` or `mark=item` (never the key). */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** The server answered `"auth":0` (or 401/403): it does not accept this user name and password. */
export class FeverAuthError extends FeverError {
  override readonly name = 'FeverAuthError';
  constructor(endpoint: string) {
    super('The Fever server refused the user name or password.', endpoint);
  }
}

export class FeverRateLimitError extends FeverError {
  override readonly name = 'FeverRateLimitError';
  readonly status: number;
  readonly retryAfterMs: number;
  constructor(status: number, retryAfterMs: number, endpoint: string) {
    super(
      `The server asked to wait ${Math.ceil(retryAfterMs / 1000)} seconds before the next request (HTTP ${status}).`,
      endpoint,
    );
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export class FeverServerError extends FeverError {
  override readonly name = 'FeverServerError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(`The server failed (HTTP ${status}) while answering ${endpoint}; it may work again later.`, endpoint);
    this.status = status;
  }
}

/** A 4xx other than 401/403/429: the server will not do this, however often it is asked. */
export class FeverRefusedError extends FeverError {
  override readonly name = 'FeverRefusedError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(`The server refused ${endpoint} (HTTP ${status}).`, endpoint);
    this.status = status;
  }
}

export class FeverBadResponseError extends FeverError {
  override readonly name = 'FeverBadResponseError';
  constructor(endpoint: string, what: string) {
    super(`The server's answer to ${endpoint} could not be read: ${what}. Is this a Fever API address?`, endpoint);
  }
}

/** No answer came (network down, timeout, certificate refused); `cause` is the transport's error. */
export class FeverNetworkError extends FeverError {
  override readonly name = 'FeverNetworkError';
  constructor(endpoint: string, cause: unknown) {
    super(unreachableSentence(cause), endpoint, { cause });
  }
}
