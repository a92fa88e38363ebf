/**
 * What can go wrong in a Feedbin API call, as types an account backend can act on: ask for the password again
 * (auth), wait (rate limited), retry later (server error, network), drop the change (refused), or report an
 * answer that is not Feedbin's (bad response). Messages are sentences for the reader; none contains the password,
 * the Authorization header or a response body (a confused server or proxy could echo a secret into it).
 */

import { redactSecrets } from '../../api/redact-secrets';
import { describeWait, unreachableSentence } from '../net/failure-sentences';

export abstract class FeedbinError extends Error {
  /** The API path called, e.g. `unread_entries.json` (never a query or body). */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** 401: Feedbin refused the email or password (content/authentication.md). */
export class FeedbinAuthError extends FeedbinError {
  override readonly name = 'FeedbinAuthError';
  constructor(endpoint: string) {
    super('Feedbin refused the email or password. Enter the password of your Feedbin account again.', endpoint);
  }
}

export class FeedbinRateLimitError extends FeedbinError {
  override readonly name = 'FeedbinRateLimitError';
  readonly status: number;
  /** How long the server asked the client to wait. */
  readonly retryAfterMs: number;
  constructor(status: number, retryAfterMs: number, endpoint: string) {
    super(`Feedbin asked to wait ${describeWait(retryAfterMs)} before the next request (HTTP ${status}).`, endpoint);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export class FeedbinServerError extends FeedbinError {
  override readonly name = 'FeedbinServerError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(`Feedbin failed (HTTP ${status}) while answering ${endpoint}; it may work again later.`, endpoint);
    this.status = status;
  }
}

/**
 * A 4xx other than 401 and 429: Feedbin will not do this however often it is asked — 403 (not this account's
 * subscription, tagging or feed), 404 (no such record, or no feed at a subscription's address), 415 (a body that
 * is not JSON: a bug here, never the reader's).
 */
export class FeedbinRefusedError extends FeedbinError {
  override readonly name = 'FeedbinRefusedError';
  readonly status: number;
  constructor(status: number, endpoint: string, detail?: string) {
    super(`Feedbin refused ${endpoint}: ${detail ?? refusalDetail(status)}`, endpoint);
    this.status = status;
  }
}

function refusalDetail(status: number): string {
  if (status === 403) return 'it belongs to another account or is no longer there (HTTP 403).';
  if (status === 404) return 'it was not found (HTTP 404).';
  if (status === 415) return 'the request was not sent as JSON (HTTP 415).';
  return `HTTP ${status}.`;
}

export class FeedbinBadResponseError extends FeedbinError {
  override readonly name = 'FeedbinBadResponseError';
  constructor(endpoint: string, what: string) {
    super(`Feedbin's answer to ${endpoint} could not be read: ${what}. Is this the Feedbin API address?`, endpoint);
  }
}

/** No answer came (network down, timeout, certificate refused); `cause` is the transport's error. */
export class FeedbinNetworkError extends FeedbinError {
  override readonly name = 'FeedbinNetworkError';
  constructor(endpoint: string, cause: unknown) {
    // The transport's message is scrubbed once more: it should name no secret, and this makes sure.
    super(redactSecrets(unreachableSentence(cause, 'Feedbin')), endpoint, { cause });
  }
}
