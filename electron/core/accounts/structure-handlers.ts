/**
 * The library's subscription and folder actions, routed by account. A feed or section of the `local` account is
 * changed exactly as before (the library's own handlers answer). One of a sync service's account is changed on its
 * server first: only when the server confirmed does the library change (the backend uses the library's functions)
 * and `library.countsChanged` go out. Offline, without a password, refused by the server or beyond what the
 * service lets other apps do: a sentence saying so, and nothing changes here. A feed's own options (full text,
 * refresh interval, pause, links) stay on this computer: only a new title is asked of the server.
 */
import type { EventEmitter, Handlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { Db } from '../db/sql';
import { countUnread } from '../library/articles/counts';
import { getFeed } from '../library/feeds';
import { findAccountRow, LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import type { AccountService } from './account-service';
import {
  accountFeed,
  accountSection,
  feedAccountId,
  sectionAccountId,
  sectionNamedInAccount,
} from './account-structure-rows';
import type { AccountBackend } from './backend';
import {
  lackingError,
  needsPasswordError,
  offlineError,
  serverRefusal,
  STRUCTURE_ACTIONS,
  type StructureAction,
} from './structure-errors';

export type StructureMethod =
  'feeds.remove' | 'feeds.update' | 'feeds.move' | 'sections.create' | 'sections.rename' | 'sections.delete';

export interface StructureHandlerOptions {
  db: () => Db;
  accounts: Pick<AccountService, 'backendOf' | 'reachable' | 'refusedPassword'>;
  /** The library's handlers: they answer for the local account, and apply a feed's local options. */
  library: Handlers<StructureMethod>;
  emit: EventEmitter;
  now: () => number;
}

export function createStructureHandlers(options: StructureHandlerOptions): Handlers<StructureMethod> {
  const db = () => options.db();
  const { library } = options;
  const changed = <T>(value: T): T => {
    options.emit('library.countsChanged', countUnread(db(), options.now()));
    return value;
  };
  const accountName = (accountId: string) => findAccountRow(db(), accountId)?.name ?? accountId;

  /** Asks the account's backend (which asks the server first); `server` is false when nothing needs asking. */
  const remote = async <T>(
    accountId: string,
    action: StructureAction,
    server: boolean,
    work: (backend: AccountBackend) => Promise<T>,
  ): Promise<T> => {
    const name = accountName(accountId);
    const backend = options.accounts.backendOf(accountId);
    if (!backend.capabilities[STRUCTURE_ACTIONS[action].capability]) throw lackingError(action, name);
    if (server) {
      const reachable = options.accounts.reachable(accountId);
      if (reachable === 'offline') throw offlineError(action, name);
      if (reachable === 'needs-password') throw needsPasswordError(action, name);
    }
    try {
      return await work(backend);
    } catch (error) {
      const refusal = serverRefusal(action, name, error);
      if (refusal instanceof ApiError && refusal.code === 'AUTH_REFUSED')
        options.accounts.refusedPassword(accountId, 'The server refused the saved password.');
      throw refusal;
    }
  };

  const feedNeedsServer = (accountId: string, feedId: string) => accountFeed(db(), accountId, feedId).remoteId !== null;
  const sectionNeedsServer = (accountId: string, sectionId: string) =>
    accountSection(db(), accountId, sectionId).remoteId !== null;

  return {
    'feeds.remove': (id) => {
      const accountId = feedAccountId(db(), id);
      if (accountId === LOCAL_ACCOUNT_ID) return library['feeds.remove'](id);
      return remote(accountId, 'unsubscribe', feedNeedsServer(accountId, id), (backend) =>
        backend.unsubscribe(id),
      ).then(() => changed(null));
    },
    'feeds.update': (id, patch) => {
      const accountId = feedAccountId(db(), id);
      if (accountId === LOCAL_ACCOUNT_ID || patch.title === undefined || patch.title === getFeed(db(), id).title)
        return library['feeds.update'](id, patch);
      const title = patch.title;
      // The title on the server first; the rest of the patch is this computer's own.
      return remote(accountId, 'rename-feed', feedNeedsServer(accountId, id), (backend) =>
        backend.renameFeed(id, title),
      ).then(() => library['feeds.update'](id, patch));
    },
    'feeds.move': (id, sectionId) => {
      const accountId = feedAccountId(db(), id);
      if (accountId === LOCAL_ACCOUNT_ID) return library['feeds.move'](id, sectionId);
      const feed = accountFeed(db(), accountId, id);
      const moves = String(feed.sectionId) !== String(sectionId);
      return remote(accountId, 'move-feed', feed.remoteId !== null && moves, (backend) =>
        backend.moveFeed(id, sectionId),
      ).then(changed);
    },
    'sections.create': (name, accountId) => {
      if (accountId === undefined || accountId === LOCAL_ACCOUNT_ID) return library['sections.create'](name, accountId);
      const backend = options.accounts.backendOf(accountId);
      const account = accountName(accountId);
      if (!backend.capabilities.folders)
        throw new ApiError('UNAVAILABLE', `${account} does not let other apps make folders.`);
      if (sectionNamedInAccount(db(), accountId, name, null))
        throw new ApiError('CONFLICT', `${account} already has a folder named “${name}”.`);
      // The service has no empty folders: the section lives here until a feed is moved into it.
      return library['sections.create'](name, accountId);
    },
    'sections.rename': (id, name) => {
      const accountId = sectionAccountId(db(), id);
      if (accountId === LOCAL_ACCOUNT_ID) return library['sections.rename'](id, name);
      return remote(accountId, 'rename-folder', sectionNeedsServer(accountId, id), (backend) =>
        backend.renameFolder(id, name),
      ).then(changed);
    },
    'sections.delete': (id) => {
      const accountId = sectionAccountId(db(), id);
      if (accountId === LOCAL_ACCOUNT_ID) return library['sections.delete'](id);
      return remote(accountId, 'delete-folder', sectionNeedsServer(accountId, id), (backend) =>
        backend.deleteFolder(id),
      ).then(() => changed(null));
    },
  };
}
