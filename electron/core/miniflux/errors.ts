/**
 * What can go wrong in a Miniflux call, as types the account backend can act on: ask for the token or password
 * again (auth), wait (rate limited), retry later (server error, network), drop the change (refused), or report a
 * server that does not speak the API (bad response). Messages are sentences for the reader; none contains the
 * token or the password (session.ts replaces every secret it holds before a server's words reach a message).
 */
import { describeWait } from '../net/failure-sentences';

export abstract class MinifluxError extends Error {
  /** The API path called with its method, e.g. `PUT v1/entries` (never a query or body). */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** 401 or 403: the server refused the API key or the user name and password. */
export class MinifluxAuthError extends MinifluxError {
  override readonly name = 'MinifluxAuthError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super('The Miniflux server refused the API key or the user name and password; enter them again.', endpoint);
    this.status = status;
  }
}

export class MinifluxRateLimitError extends MinifluxError {
  override readonly name = 'MinifluxRateLimitError';
  readonly status: number;
  /** How long the server asked the client to wait. */
  readonly retryAfterMs: number;
  constructor(status: number, retryAfterMs: number, endpoint: string) {
    super(`The server asked to wait ${describeWait(retryAfterMs)} before the next request (HTTP ${status}).`, endpoint);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export class MinifluxServerError extends MinifluxError {
  override readonly name = 'MinifluxServerError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(`The server failed (HTTP ${status}) while answering ${endpoint}; it may work again later.`, endpoint);
    this.status = status;
  }
}

/** A 4xx other than 401/403/429: the server will not do this, however often it is asked. */
export class MinifluxRefusedError extends MinifluxError {
  override readonly name = 'MinifluxRefusedError';
  readonly status: number;
  /** The server's `error_message`, secrets replaced, or null. */
  readonly serverMessage: string | null;
  constructor(status: number, endpoint: string, serverMessage: string | null) {
    super(
      serverMessage === null
        ? `The server refused ${endpoint} (HTTP ${status}).`
        : `The server refused ${endpoint}: ${serverMessage}`,
      endpoint,
    );
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

export class MinifluxBadResponseError extends MinifluxError {
  override readonly name = 'MinifluxBadResponseError';
  constructor(endpoint: string, what: string) {
    super(`The server's answer to ${endpoint} could not be read: ${what}. Is this a Miniflux address?`, endpoint);
  }
}

/** No answer came (network down, timeout, certificate refused); `cause` is the transport's error. */
export class MinifluxNetworkError extends MinifluxError {
  override readonly name = 'MinifluxNetworkError';
  constructor(endpoint: string, message: string, cause: unknown) {
    super(message, endpoint, { cause });
  }
}
