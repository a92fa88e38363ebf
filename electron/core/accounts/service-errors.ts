/**
 * The protocol clients' errors, read alike: every protocol (core/greader, core/fever, core/miniflux, core/nextcloud,
 * core/feedbin) has its own classes, and what the accounts need to know of one is the same few things. A new protocol
 * is one more row in `PROTOCOL_ERRORS`.
 */
import * as feedbin from '../feedbin/errors';
import * as fever from '../fever/errors';
import * as greader from '../greader/errors';
import * as miniflux from '../miniflux/errors';
import * as nextcloud from '../nextcloud/errors';

type ErrorClass = abstract new (...args: never[]) => Error;

/** One protocol's classes, by what they mean (a protocol without a rate-limit class has none: Nextcloud's). */
interface ProtocolErrors {
  base: ErrorClass;
  auth: ErrorClass;
  network: ErrorClass;
  rateLimit: (abstract new (...args: never[]) => Error & { retryAfterMs: number }) | null;
  refused: abstract new (...args: never[]) => Error & { status: number };
  server: abstract new (...args: never[]) => Error & { status: number };
  badResponse: ErrorClass;
}

const PROTOCOL_ERRORS: readonly ProtocolErrors[] = [
  {
    base: greader.GReaderError,
    auth: greader.GReaderAuthError,
    network: greader.GReaderNetworkError,
    rateLimit: greader.GReaderRateLimitError,
    refused: greader.GReaderRefusedError,
    server: greader.GReaderServerError,
    badResponse: greader.GReaderBadResponseError,
  },
  {
    base: fever.FeverError,
    auth: fever.FeverAuthError,
    network: fever.FeverNetworkError,
    rateLimit: fever.FeverRateLimitError,
    refused: fever.FeverRefusedError,
    server: fever.FeverServerError,
    badResponse: fever.FeverBadResponseError,
  },
  {
    base: miniflux.MinifluxError,
    auth: miniflux.MinifluxAuthError,
    network: miniflux.MinifluxNetworkError,
    rateLimit: miniflux.MinifluxRateLimitError,
    refused: miniflux.MinifluxRefusedError,
    server: miniflux.MinifluxServerError,
    badResponse: miniflux.MinifluxBadResponseError,
  },
  {
    base: nextcloud.NextcloudError,
    auth: nextcloud.NextcloudAuthError,
    network: nextcloud.NextcloudNetworkError,
    rateLimit: null,
    refused: nextcloud.NextcloudRefusedError,
    server: nextcloud.NextcloudServerError,
    badResponse: nextcloud.NextcloudBadResponseError,
  },
  {
    base: feedbin.FeedbinError,
    auth: feedbin.FeedbinAuthError,
    network: feedbin.FeedbinNetworkError,
    rateLimit: feedbin.FeedbinRateLimitError,
    refused: feedbin.FeedbinRefusedError,
    server: feedbin.FeedbinServerError,
    badResponse: feedbin.FeedbinBadResponseError,
  },
];

const isAny = (error: unknown, kind: (row: ProtocolErrors) => ErrorClass | null): boolean =>
  PROTOCOL_ERRORS.some((row) => {
    const type = kind(row);
    return type !== null && error instanceof type;
  });

/** Any failure a protocol client reports (its message is a sentence for the reader, with no secret in it). */
export function isServiceError(error: unknown): error is Error {
  return isAny(error, (row) => row.base);
}

/** The server refused the credentials (sign-in, key); Inoreader's App credentials say so in their own words. */
export function refusedCredentialsMessage(error: unknown): string | null {
  if (error instanceof greader.GReaderAuthError && error.reason === 'app-credentials')
    return 'The server refused this App ID or App key.';
  if (error instanceof miniflux.MinifluxAuthError) return 'The server refused this API key or user name and password.';
  if (isAny(error, (row) => row.auth)) return 'The server refused this user name or password.';
  return null;
}

/** How long the server asked to be left alone (429, 503 with Retry-After), or null. */
export function retryAfterMsOf(error: unknown): number | null {
  for (const row of PROTOCOL_ERRORS) if (row.rateLimit && error instanceof row.rateLimit) return error.retryAfterMs;
  return null;
}

/** No answer came (network, certificate). */
export function isUnreachable(error: unknown): error is Error {
  return isAny(error, (row) => row.network);
}

/** A 4xx that will never succeed however often it is asked. */
export function isPermanentRefusal(error: unknown): error is Error & { status: number } {
  return isAny(error, (row) => row.refused);
}

/** Why the server refused, in its own words where it gives some (Miniflux: “This category already exists.”), or null. */
export function refusalReasonOf(error: unknown): string | null {
  return error instanceof miniflux.MinifluxRefusedError ? error.serverMessage : null;
}

/** The HTTP status of a server's own failure (5xx: try again later), or null. */
export function serverFailureStatusOf(error: unknown): number | null {
  for (const row of PROTOCOL_ERRORS) if (error instanceof row.server) return error.status;
  return null;
}

/** An answer that could not be read (not the protocol at this address). */
export function isUnreadableAnswer(error: unknown): error is Error {
  return isAny(error, (row) => row.badResponse);
}
