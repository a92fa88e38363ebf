/**
 * What the reader reads when a change of an account's subscriptions or folders could not reach its server: which
 * action, which account, why, and what to do. Nothing was changed here in any of these cases.
 */
import { ApiError } from '../../api/errors';
import type { AccountCapabilities } from './backend';
import { NeedsPasswordError } from './greader-backend';
import {
  isPermanentRefusal,
  isServiceError,
  isUnreachable,
  isUnreadableAnswer,
  refusalReasonOf,
  retryAfterMsOf,
  serverFailureStatusOf,
} from './service-errors';

export type StructureAction = 'unsubscribe' | 'rename-feed' | 'move-feed' | 'rename-folder' | 'delete-folder';

interface ActionText {
  /** "Renaming a feed" needs a connection… */
  doing: string;
  /** …so the feed was not "renamed". */
  done: string;
  what: 'feed' | 'folder';
  capability: keyof AccountCapabilities;
}

export const STRUCTURE_ACTIONS: Readonly<Record<StructureAction, ActionText>> = {
  unsubscribe: { doing: 'Unsubscribing', done: 'removed', what: 'feed', capability: 'subscriptions' },
  'rename-feed': { doing: 'Renaming a feed', done: 'renamed', what: 'feed', capability: 'subscriptions' },
  'move-feed': { doing: 'Moving a feed', done: 'moved', what: 'feed', capability: 'folders' },
  'rename-folder': { doing: 'Renaming a folder', done: 'renamed', what: 'folder', capability: 'folders' },
  'delete-folder': { doing: 'Deleting a folder', done: 'deleted', what: 'folder', capability: 'folders' },
};

export function offlineError(action: StructureAction, accountName: string): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    `${STRUCTURE_ACTIONS[action].doing} needs a connection to ${accountName}: try again when online.`,
  );
}

export function needsPasswordError(action: StructureAction, accountName: string): ApiError {
  const { what, done } = STRUCTURE_ACTIONS[action];
  return new ApiError(
    'AUTH_REFUSED',
    `${accountName} needs your password, so the ${what} was not ${done}: enter it in Settings → Accounts, then try again.`,
  );
}

export function lackingError(action: StructureAction, accountName: string): ApiError {
  const { doing } = STRUCTURE_ACTIONS[action];
  return new ApiError(
    'UNAVAILABLE',
    `${accountName} does not let other apps do this: ${doing.toLowerCase()} works only on its own site.`,
  );
}

/** A server's refusal or absence as the reader's sentence; anything else is passed on as it was. */
export function serverRefusal(action: StructureAction, accountName: string, error: unknown): unknown {
  const { what, done } = STRUCTURE_ACTIONS[action];
  const not = `so the ${what} was not ${done}`;
  if (error instanceof ApiError) return error;
  if (error instanceof NeedsPasswordError) return needsPasswordError(action, accountName);
  if (isUnreachable(error))
    return new ApiError('UNAVAILABLE', `${accountName} could not be reached, ${not}: try again when it is back.`);
  if (retryAfterMsOf(error) !== null)
    return new ApiError(
      'UNAVAILABLE',
      `${accountName} asked to wait before the next request, ${not}: try again later.`,
    );
  const failed = serverFailureStatusOf(error);
  if (failed !== null)
    return new ApiError('UNAVAILABLE', `${accountName} failed (HTTP ${failed}), ${not}: try again later.`);
  // Miniflux says why (“This category already exists.”); the other protocols give a status alone.
  const reason = refusalReasonOf(error);
  if (reason !== null) return new ApiError('CONFLICT', `${accountName} refused the change (“${reason}”), ${not}.`);
  if (isPermanentRefusal(error))
    return new ApiError('CONFLICT', `${accountName} refused the change (HTTP ${error.status}), ${not}.`);
  if (isUnreadableAnswer(error))
    return new ApiError('UNAVAILABLE', `${accountName} gave an answer Broadsheet could not read, ${not}.`);
  // Any other failure of a protocol client: its own sentence.
  if (isServiceError(error)) return new ApiError('UNAVAILABLE', `${error.message} The ${what} was not ${done}.`);
  if (error instanceof Error && error.name === 'AbortError')
    return new ApiError('CANCELLED', `The change was stopped, ${not}.`);
  return error;
}
