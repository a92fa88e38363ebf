/**
 * The `local` account: Broadsheet polls the feeds itself, so its backend is today's sync engine and library. A sync
 * is a refresh of every feed (joining a refresh already running), subscriptions and folders are the library's own
 * functions, and there are no credentials to check and no outbox to push: read and starred state never leave the
 * machine. It can do everything a service can, except what needs a server: "mark all as read" is one step here,
 * not a server's call, and bookmark tags stay here (`markAllOnServer` and `itemLabels` are false).
 */
import type { Db } from '../db/sql';
import { removeFeed, moveFeed, updateFeed } from '../library/feeds';
import { deleteSection, renameSection } from '../library/sections';
import type { Network } from '../net/network';
import { discoveryFetch, subscribe } from '../sync/subscriptions';
import type { SyncEngine } from '../sync/sync-engine';
import type { AccountBackend, AccountCapabilities, AccountSyncOutcome } from './backend';

export interface LocalBackendDeps {
  db: () => Db;
  engine: Pick<SyncEngine, 'refresh' | 'cancel'>;
  /** Subscribing looks for the feed through it (discovery). */
  network: Pick<Network, 'fetch'>;
  now: () => number;
}

export const LOCAL_CAPABILITIES: AccountCapabilities = Object.freeze({
  subscriptions: true,
  folders: true,
  starred: true,
  markAllOnServer: false,
  itemLabels: false,
});

export function createLocalBackend(deps: LocalBackendDeps): AccountBackend {
  const fetchPage = discoveryFetch(deps.network);
  return {
    kind: 'local',
    capabilities: LOCAL_CAPABILITIES,
    validateCredentials: async () => undefined,
    async sync(run) {
      const stopped: AccountSyncOutcome = { newArticles: 0, pushed: 0, pulledStates: 0, cancelled: true };
      if (run.signal.aborted) return stopped;
      const request = deps.engine.refresh({ kind: 'all' });
      // Nothing started: offline (a stop, as far as this account goes), or no feeds at all.
      if (!request.finished) return { ...stopped, cancelled: !request.status.online };
      const cancel = () => void deps.engine.cancel();
      run.signal.addEventListener('abort', cancel, { once: true });
      try {
        const finished = await request.finished;
        return { newArticles: finished.newArticles, pushed: 0, pulledStates: 0, cancelled: finished.cancelled };
      } finally {
        run.signal.removeEventListener('abort', cancel);
      }
    },
    // No outbox: read and starred state never leave the machine.
    push: async () => 0,
    async subscribe(url, folder) {
      const outcome = await subscribe(deps.db, { url, sectionId: folder }, fetchPage, deps.now());
      // A new local feed is fetched at once, as "Add feed" always did.
      if (outcome.kind === 'subscribed') deps.engine.refresh({ kind: 'feed', id: outcome.feed.id });
      return outcome;
    },
    unsubscribe: async (feedId) => removeFeed(deps.db(), feedId),
    renameFeed: async (feedId, title) => updateFeed(deps.db(), feedId, { title }),
    moveFeed: async (feedId, folder) => moveFeed(deps.db(), feedId, folder),
    renameFolder: async (folderId, name) => renameSection(deps.db(), folderId, name),
    deleteFolder: async (folderId) => deleteSection(deps.db(), folderId),
  };
}
