/**
 * What an account's failures mean to the reader: a refused sign-in while adding or changing a password is
 * AUTH_REFUSED, a server problem UNAVAILABLE; a sync's error becomes the sentence stored as its last error.
 */
import { ApiError } from '../../api/errors';
import { NeedsPasswordError } from './backend';
import { isServiceError, refusedCredentialsMessage } from './service-errors';

export async function testCredentials<T>(test: () => Promise<T>): Promise<T> {
  try {
    return await test();
  } catch (error) {
    const refused = refusedCredentialsMessage(error);
    if (refused !== null) throw new ApiError('AUTH_REFUSED', refused);
    if (isServiceError(error)) throw new ApiError('UNAVAILABLE', error.message);
    throw error;
  }
}

export function readerMessage(error: unknown): string {
  if (error instanceof NeedsPasswordError || isServiceError(error)) return error.message;
  if (error instanceof Error && error.name === 'AbortError') return 'The sync was cancelled.';
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Said after a failed sync's reason when the reader's changes wait to be sent. */
export function pendingNote(pending: number): string {
  return pending === 1
    ? 'Your change made here is kept and sent at the next sync.'
    : `Your ${pending} changes made here are kept and sent at the next sync.`;
}
