/**
 * What can go wrong in a Google Reader API call, as types the account backend can act on: sign in again (auth),
 * wait (rate limited), retry later (server error, network), drop the change (refused), or report a server that does
 * not speak the protocol (bad response). Messages are sentences for the reader; none ever contains a password or a
 * token, and none quotes a response body (a hostile or confused server could echo a secret into it).
 */

import { describeWait, unreachableSentence } from '../net/failure-sentences';

/** Which credential the server refused. */
export type GReaderAuthReason = 'password' | 'session' | 'app-credentials';

export abstract class GReaderError extends Error {
  /** The API endpoint called, e.g. `reader/api/0/edit-tag` (never a query or body). */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

export class GReaderAuthError extends GReaderError {
  override readonly name = 'GReaderAuthError';
  readonly reason: GReaderAuthReason;
  constructor(reason: GReaderAuthReason, endpoint: string) {
    super(authMessages[reason], endpoint);
    this.reason = reason;
  }
}

const authMessages: Record<GReaderAuthReason, string> = {
  password: 'The server refused the user name or password.',
  session: 'The server no longer accepts this sign-in; the account has to sign in again.',
  'app-credentials': 'The server refused the App ID or App key.',
};

export class GReaderRateLimitError extends GReaderError {
  override readonly name = 'GReaderRateLimitError';
  readonly status: number;
  /** How long the server asked the client to wait. */
  readonly retryAfterMs: number;
  constructor(status: number, retryAfterMs: number, endpoint: string) {
    super(`The server asked to wait ${describeWait(retryAfterMs)} before the next request (HTTP ${status}).`, endpoint);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export class GReaderServerError extends GReaderError {
  override readonly name = 'GReaderServerError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(`The server failed (HTTP ${status}) while answering ${endpoint}; it may work again later.`, endpoint);
    this.status = status;
  }
}

/** A 4xx other than 401/403/429: the server will not do this, however often it is asked. */
export class GReaderRefusedError extends GReaderError {
  override readonly name = 'GReaderRefusedError';
  readonly status: number;
  constructor(status: number, endpoint: string, detail?: string) {
    super(
      detail === undefined
        ? `The server refused ${endpoint} (HTTP ${status}).`
        : `The server refused ${endpoint}: ${detail}`,
      endpoint,
    );
    this.status = status;
  }
}

export class GReaderBadResponseError extends GReaderError {
  override readonly name = 'GReaderBadResponseError';
  constructor(endpoint: string, what: string) {
    super(
      `The server's answer to ${endpoint} could not be read: ${what}. Is this a Google Reader API address?`,
      endpoint,
    );
  }
}

/** No answer came (network down, timeout, certificate refused); `cause` is the transport's error. */
export class GReaderNetworkError extends GReaderError {
  override readonly name = 'GReaderNetworkError';
  constructor(endpoint: string, cause: unknown) {
    super(unreachableSentence(cause), endpoint, { cause });
  }
}
