/**
 * Two steps every sync-service backend takes alike: choosing the password to test (the one just typed, else the one
 * the account holds, else "needs your password"), and turning a push and a pull into the sync's outcome.
 */
import { ApiError } from '../../api/errors';
import type { AccountSyncOutcome } from './backend';

/** The password to test: the one given, else the one held; none at all is the reader's to type. */
export function passwordToTest(given: string | undefined, held: string | null, accountName: string, what = 'password') {
  const password = given ?? held;
  if (password === null) throw new ApiError('AUTH_REFUSED', `${accountName} needs your ${what}.`);
  return password;
}

/** What one pull reports, whatever its protocol. */
interface PullOutcome {
  newArticles: number;
  pulledStates: number;
  cursor: unknown;
  unreadToDownload: number;
}

/** A completed sync: the outbox pushed, then the pull (the cursor to keep is the pull's unless the backend adds to it). */
export function syncOutcome(pushed: number, pulled: PullOutcome, cursor: unknown = pulled.cursor): AccountSyncOutcome {
  return {
    newArticles: pulled.newArticles,
    pushed,
    pulledStates: pulled.pulledStates,
    cancelled: false,
    cursor,
    unreadToDownload: pulled.unreadToDownload,
  };
}
