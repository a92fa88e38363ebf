/**
 * Subscriptions and folders of a Nextcloud News account, server first, with the library's ids: each call looks up
 * the remote ids (Nextcloud's folders and feeds have real ids), asks the server, and only when it confirmed changes
 * the library with the library's own functions, so a refusal changes nothing here.
 *
 * A section made here has no folder on the server until a feed goes into it (subscribing or moving): then the folder
 * is made (or the server's folder of that name taken) and the section tied to it.
 *
 * Deleting a folder: Nextcloud deletes a folder WITH its feeds and their items (docs/api/api-v1-3.md "Delete a
 * folder": "Deletes a folder with the id folderId and all the feeds it contains"). The reader asked for the folder
 * to go, not the subscriptions (the library keeps a deleted section's feeds, unsectioned): so the server's feeds in
 * that folder are first moved out of every folder (`feeds/{id}/move`, folderId null), then the folder is deleted,
 * and the server ends exactly as the library does. Stopped half-way (a feed moved, the folder still there), the
 * library is unchanged and the next sync shows the feeds where the server has them; nothing is ever deleted.
 */
import { ApiError } from '../../api/errors';
import type { Feed } from '../../api/library-models';
import type { Section } from '../../api/models';
import { get, transaction, type Db } from '../db/sql';
import { getFeed, moveFeed, removeFeed, updateFeed } from '../library/feeds';
import { deleteSection, getSection, renameSection } from '../library/sections';
import { setSectionRemoteId } from '../library/tables/sections-table';
import type { NextcloudClient } from '../nextcloud/client';
import { NextcloudRefusedError } from '../nextcloud/errors';
import { accountFeed, accountSection, sectionNamedInAccount, type AccountSectionRow } from './account-structure-rows';
import type { AccountBackend } from './backend';

export interface NextcloudStructureOptions {
  db: () => Db;
  accountId: string;
  accountName: string;
  /** The account's client (throws NeedsPasswordError without a password). */
  client: () => NextcloudClient;
  /** Runs a server call; a refused password becomes NeedsPasswordError. */
  guard: <T>(work: () => Promise<T>) => Promise<T>;
  /** The account's sync as the account service runs it; answers its error, or null. */
  syncNow: () => Promise<string | null>;
}

type StructureCalls = Pick<
  AccountBackend,
  'subscribe' | 'unsubscribe' | 'renameFeed' | 'moveFeed' | 'renameFolder' | 'deleteFolder'
>;

export function nextcloudStructure(options: NextcloudStructureOptions): StructureCalls & {
  subscribeInFolder(url: string, folderName: string | null, signal?: AbortSignal): Promise<void>;
} {
  const { accountId, guard } = options;
  const db = () => options.db();

  /** The server's folder of this name: found, or made. */
  const folderNamed = async (name: string, signal?: AbortSignal): Promise<string> => {
    const call = signal ? { signal } : undefined;
    const found = (await options.client().folders(call)).find((folder) => folder.name === name);
    if (found) return found.id;
    return (await options.client().createFolder(name, call)).id;
  };
  /** The section's folder on the server (made now for a section made here). */
  const folderOf = async (section: AccountSectionRow): Promise<string> =>
    section.remoteId ?? (await folderNamed(section.name));
  const remoteFeedOf = (feedId: string): string => {
    const feed = accountFeed(db(), accountId, feedId);
    if (feed.remoteId === null) throw new ApiError('NOT_FOUND', 'That feed is not on the server yet: sync first.');
    return feed.remoteId;
  };

  return {
    async subscribe(url, folder) {
      const section = folder === null ? null : accountSection(db(), accountId, folder);
      const created = await guard(async () => {
        const folderId = section === null ? null : await folderOf(section);
        if (section !== null && section.remoteId === null) setSectionRemoteId(db(), section.id, folderId!);
        return options.client().createFeed(url, folderId);
      });
      const error = await options.syncNow();
      const row = get<{ id: number }>(
        db(),
        'SELECT id FROM feeds WHERE account_id = ? AND remote_id = ? AND archived = 0',
        accountId,
        created.feed.id,
      );
      if (!row)
        throw new ApiError(
          'UNAVAILABLE',
          error ?? 'The server accepted the feed, but it was not among its subscriptions at the next sync.',
        );
      return { kind: 'subscribed', feed: getFeed(db(), String(row.id)) };
    },

    async subscribeInFolder(url, folderName, signal) {
      await guard(async () => {
        const folderId = folderName === null ? null : await folderNamed(folderName, signal);
        await options.client().createFeed(url, folderId, signal ? { signal } : undefined);
      });
    },

    async unsubscribe(feedId) {
      const remoteId = accountFeed(db(), accountId, feedId).remoteId;
      if (remoteId !== null) await guard(() => options.client().deleteFeed(remoteId)).catch(goneAlready);
      // Bookmarked articles stay, with their feed hidden.
      removeFeed(db(), feedId);
    },

    async renameFeed(feedId, title): Promise<Feed> {
      const remoteId = remoteFeedOf(feedId);
      await guard(() => options.client().renameFeed(remoteId, title));
      return updateFeed(db(), feedId, { title });
    },

    async moveFeed(feedId, folder): Promise<Feed> {
      const remoteId = remoteFeedOf(feedId);
      const to = folder === null ? null : accountSection(db(), accountId, folder);
      const folderId = await guard(async () => {
        const id = to === null ? null : await folderOf(to);
        await options.client().moveFeed(remoteId, id);
        return id;
      });
      return transaction(db(), () => {
        if (to !== null && to.remoteId === null) setSectionRemoteId(db(), to.id, folderId!);
        return moveFeed(db(), feedId, folder);
      });
    },

    async renameFolder(folderId, name): Promise<Section> {
      const section = accountSection(db(), accountId, folderId);
      if (section.name === name) return getSection(db(), folderId);
      if (sectionNamedInAccount(db(), accountId, name, section.id))
        throw new ApiError('CONFLICT', `${options.accountName} already has a folder named “${name}”.`);
      const remoteId = section.remoteId;
      if (remoteId !== null) await guard(() => options.client().renameFolder(remoteId, name));
      return renameSection(db(), folderId, name);
    },

    async deleteFolder(folderId) {
      const remoteId = accountSection(db(), accountId, folderId).remoteId;
      if (remoteId !== null)
        await guard(async () => {
          // Out of the folder first: Nextcloud would delete its feeds with it.
          const { feeds } = await options.client().feeds();
          for (const feed of feeds.filter((entry) => entry.folderId === remoteId))
            await options.client().moveFeed(feed.id, null);
          await options.client().deleteFolder(remoteId);
        }).catch(goneAlready);
      deleteSection(db(), folderId);
    },
  };
}

/** A 404 when removing something: the server does not have it, which is what was asked. */
function goneAlready(error: unknown): void {
  if (error instanceof NextcloudRefusedError && error.reason === 'not-found') return;
  throw error;
}
