/**
 * The cause a reader would group a failed refresh under, from what the fetcher reported. Messages stay the
 * fetcher's own (they name the host and say what to do); the cause only decides how failures are summed up,
 * and whether the app itself failed (the CLI's `sync` exits 1 only then).
 */
import type { FailureCause } from '../../api/library-models';
import type { FetchErrorCode } from '../net/fetch-result';

const BY_CODE: Record<FetchErrorCode, FailureCause> = {
  NETWORK: 'unreachable',
  TIMEOUT_CONNECT: 'timeout',
  TIMEOUT_TOTAL: 'timeout',
  TLS: 'security',
  HTTP_ERROR: 'http',
  TOO_LARGE: 'too-large',
  TOO_MANY_REDIRECTS: 'redirect',
  BAD_REDIRECT: 'redirect',
  DECODE: 'other',
  INVALID_URL: 'other',
  UNSUPPORTED_SCHEME: 'other',
  CANCELLED: 'other',
};

export function causeOfFetchError(code: FetchErrorCode): FailureCause {
  return BY_CODE[code];
}

/** Broadsheet's own failure (it could not store what arrived, its reading code failed), not the feed's or the network's. */
export function failedInApp(cause: FailureCause): boolean {
  return cause === 'storage' || cause === 'internal';
}
