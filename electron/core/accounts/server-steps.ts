/**
 * What importing into an account and moving a feed to one need from the account service: whether anything may be
 * sent now, subscribing on the server, and one sync of the account. The service builds these per remote account
 * (`serverSteps`); import-into-account.ts and move-feed-to-account.ts use nothing else of it.
 */
import { ApiError } from '../../api/errors';
import { NeedsPasswordError } from './backend';
import { isServiceError, isUnreachable, retryAfterMsOf } from './service-errors';

export interface AccountServerSteps {
  /** As the reader knows it ("FreshRSS (reader)"). */
  accountName: string;
  /** Offline, nothing is sent: the caller refuses before the first request. */
  online: boolean;
  /** Subscribes on the server, into the folder when given; resolves once the server confirmed it. */
  subscribe(url: string, folder: string | null, signal?: AbortSignal): Promise<void>;
  /** One sync of the account (outbox first), joining one in progress. */
  sync(): Promise<{ error: string | null }>;
}

/** Offline: said before anything is sent, so the reader knows nothing changed. */
export function offlineRefusal(steps: AccountServerSteps, what: string): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    `You are offline, so nothing was sent to ${steps.accountName}. ${what} when the connection is back.`,
  );
}

/**
 * A failure that will fail every further request too (no password, the server unreachable or asking to wait), as
 * the sentence that says so; null for one the server gave for this request alone (it refused this address).
 */
export function accountWideProblem(error: unknown): string | null {
  if (error instanceof NeedsPasswordError) return error.message;
  if (isUnreachable(error)) return error.message;
  if (retryAfterMsOf(error) !== null) return (error as Error).message;
  if (error instanceof Error && error.name === 'AbortError') return 'The import was cancelled.';
  return null;
}

/** A server step's failure as the contract's error: a refused password is AUTH_REFUSED, the rest UNAVAILABLE. */
export function serverStepError(error: unknown): unknown {
  if (error instanceof NeedsPasswordError) return new ApiError('AUTH_REFUSED', error.message);
  if (isServiceError(error)) return new ApiError('UNAVAILABLE', error.message);
  if (error instanceof Error && error.name === 'AbortError') return new ApiError('CANCELLED', 'It was cancelled.');
  return error;
}
