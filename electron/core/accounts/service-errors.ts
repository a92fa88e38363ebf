/**
 * The protocol clients' errors, read alike: every protocol (core/greader, core/fever, core/nextcloud, and the next
 * ones) has its own classes, and what the accounts need to know of one is the same few things. A new protocol adds
 * its classes here.
 */
import {
  FeverAuthError,
  FeverBadResponseError,
  FeverError,
  FeverNetworkError,
  FeverRateLimitError,
  FeverRefusedError,
  FeverServerError,
} from '../fever/errors';
import {
  GReaderAuthError,
  GReaderBadResponseError,
  GReaderError,
  GReaderNetworkError,
  GReaderRateLimitError,
  GReaderRefusedError,
  GReaderServerError,
} from '../greader/errors';
import {
  NextcloudAuthError,
  NextcloudBadResponseError,
  NextcloudError,
  NextcloudNetworkError,
  NextcloudRefusedError,
  NextcloudServerError,
} from '../nextcloud/errors';

/** Any failure a protocol client reports (its message is a sentence for the reader, with no secret in it). */
export function isServiceError(error: unknown): error is Error {
  return error instanceof GReaderError || error instanceof FeverError || error instanceof NextcloudError;
}

/** The server refused the credentials (sign-in, key); Inoreader's App credentials say so in their own words. */
export function refusedCredentialsMessage(error: unknown): string | null {
  if (error instanceof GReaderAuthError)
    return error.reason === 'app-credentials'
      ? 'The server refused this App ID or App key.'
      : 'The server refused this user name or password.';
  if (error instanceof FeverAuthError) return 'The server refused this user name or password.';
  if (error instanceof NextcloudAuthError) return 'The server refused this user name or password.';
  return null;
}

/** How long the server asked to be left alone (429, 503 with Retry-After), or null. */
export function retryAfterMsOf(error: unknown): number | null {
  if (error instanceof GReaderRateLimitError || error instanceof FeverRateLimitError) return error.retryAfterMs;
  return null;
}

/** No answer came (network, certificate). */
export function isUnreachable(error: unknown): error is Error {
  return (
    error instanceof GReaderNetworkError || error instanceof FeverNetworkError || error instanceof NextcloudNetworkError
  );
}

/** A 4xx that will never succeed however often it is asked. */
export function isPermanentRefusal(error: unknown): error is Error & { status: number } {
  return (
    error instanceof GReaderRefusedError || error instanceof FeverRefusedError || error instanceof NextcloudRefusedError
  );
}

/** The HTTP status of a server's own failure (5xx: try again later), or null. */
export function serverFailureStatusOf(error: unknown): number | null {
  if (error instanceof GReaderServerError || error instanceof FeverServerError || error instanceof NextcloudServerError)
    return error.status;
  return null;
}

/** An answer that could not be read (not the protocol at this address). */
export function isUnreadableAnswer(error: unknown): error is Error {
  return (
    error instanceof GReaderBadResponseError ||
    error instanceof FeverBadResponseError ||
    error instanceof NextcloudBadResponseError
  );
}
