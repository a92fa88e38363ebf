/**
 * The protocol clients' errors, read alike: every protocol (core/greader, core/fever, and the next ones) has its own
 * classes, and what the accounts need to know of one is the same few things. A new protocol adds its classes here.
 */
import {
  FeedbinAuthError,
  FeedbinError,
  FeedbinNetworkError,
  FeedbinRateLimitError,
  FeedbinRefusedError,
} from '../feedbin/errors';
import { FeverAuthError, FeverError, FeverNetworkError, FeverRateLimitError, FeverRefusedError } from '../fever/errors';
import {
  GReaderAuthError,
  GReaderError,
  GReaderNetworkError,
  GReaderRateLimitError,
  GReaderRefusedError,
} from '../greader/errors';

/** Any failure a protocol client reports (its message is a sentence for the reader, with no secret in it). */
export function isServiceError(error: unknown): error is Error {
  if (error instanceof FeedbinError) return true;
  return error instanceof GReaderError || error instanceof FeverError;
}

/** The server refused the credentials (sign-in, key); Inoreader's App credentials say so in their own words. */
export function refusedCredentialsMessage(error: unknown): string | null {
  if (error instanceof GReaderAuthError)
    return error.reason === 'app-credentials'
      ? 'The server refused this App ID or App key.'
      : 'The server refused this user name or password.';
  if (error instanceof FeverAuthError) return 'The server refused this user name or password.';
  if (error instanceof FeedbinAuthError) return 'The server refused this user name or password.';
  return null;
}

/** How long the server asked to be left alone (429, 503 with Retry-After), or null. */
export function retryAfterMsOf(error: unknown): number | null {
  if (error instanceof GReaderRateLimitError || error instanceof FeverRateLimitError) return error.retryAfterMs;
  if (error instanceof FeedbinRateLimitError) return error.retryAfterMs;
  return null;
}

/** No answer came (network, certificate). */
export function isUnreachable(error: unknown): error is Error {
  if (error instanceof FeedbinNetworkError) return true;
  return error instanceof GReaderNetworkError || error instanceof FeverNetworkError;
}

/** A 4xx that will never succeed however often it is asked. */
export function isPermanentRefusal(error: unknown): error is Error {
  if (error instanceof FeedbinRefusedError) return true;
  return error instanceof GReaderRefusedError || error instanceof FeverRefusedError;
}
