/**
 * A Google Reader API account behind `AccountBackend`, with the library's ids: each call looks up what the server
 * knows (a feed's remote id, a section's folder name), asks the server, and only when it confirmed changes the
 * library with the library's own functions, so a refusal changes nothing here. A section made here in the account
 * has no folder on the server yet (Google Reader has no empty folders): renaming or deleting it stays here, and
 * moving a feed into it makes the folder (the label is added to the feed) and ties the section to it.
 */
import { ApiError } from '../../api/errors';
import type { SubscribeResult } from '../../api/methods/feeds';
import { transaction, type Db } from '../db/sql';
import { labelStreamId } from '../greader/streams';
import { moveFeed, removeFeed, updateFeed } from '../library/feeds';
import { deleteSection, getSection, renameSection } from '../library/sections';
import type { AccountRow } from '../library/tables/accounts-table';
import { setSectionRemoteId } from '../library/tables/sections-table';
import { findSubscribedFeed, sectionOfAccount } from './account-feeds';
import { serviceOf } from './account-row-text';
import { accountFeed, accountSection, sectionNamedInAccount } from './account-structure-rows';
import type { AccountBackend, AccountSyncOutcome } from './backend';
import type { GReaderBackend } from './greader-backend';
import { passwordToTest, syncOutcome } from './backend-steps';

export interface GReaderAccountBackendOptions {
  db: () => Db;
  /** The account (its id, its name for messages, its service's quirks). */
  row: Pick<AccountRow, 'id' | 'name' | 'service'>;
  greader: GReaderBackend;
  /** The password the account holds (memory only), or null. */
  password: () => string | null;
  /** The account's sync as the account service runs it (one at a time); answers its error, or null. */
  syncNow: () => Promise<string | null>;
}

export function createGReaderAccountBackend(options: GReaderAccountBackendOptions): AccountBackend {
  const { greader } = options;
  const accountId = options.row.id;
  const accountName = options.row.name;
  const service = serviceOf(options.row.service);
  const db = () => options.db();

  return {
    kind: 'greader',
    capabilities: greader.capabilities,

    async validateCredentials(password, signal) {
      const given = passwordToTest(password, options.password(), accountName);
      await greader.validateCredentials(given, signal);
    },

    async sync(run): Promise<AccountSyncOutcome> {
      const result = await greader.sync({
        cursor: run.cursor ?? null,
        signal: run.signal,
        ...(run.onArticles ? { onArticles: run.onArticles } : {}),
      });
      return syncOutcome(result.pushed, result);
    },

    push: (signal) => greader.push(signal),

    /** The server subscribes (into the section's folder); the account's next sync brings the feed. */
    async subscribe(url, folder): Promise<SubscribeResult> {
      const folderName = folder === null ? null : sectionOfAccount(db(), accountId, folder);
      await greader.subscribe(url, folderName);
      const error = await options.syncNow();
      const feed = findSubscribedFeed(db(), accountId, url);
      if (!feed)
        throw new ApiError(
          'UNAVAILABLE',
          error ?? 'The server accepted the feed, but it was not among its subscriptions at the next sync.',
        );
      return { kind: 'subscribed', feed };
    },

    async unsubscribe(feedId) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) await greader.unsubscribe(feed.remoteId);
      // Bookmarked articles stay, with their feed hidden; the next sync no longer lists it.
      removeFeed(db(), feedId);
    },

    async renameFeed(feedId, title) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) await greader.renameFeed(feed.remoteId, title);
      return updateFeed(db(), feedId, { title });
    },

    async moveFeed(feedId, folder) {
      const feed = accountFeed(db(), accountId, feedId);
      const from = feed.sectionId === null ? null : accountSection(db(), accountId, String(feed.sectionId));
      const to = folder === null ? null : accountSection(db(), accountId, folder);
      if (to === null && service.quirks.feedsAlwaysInFolder)
        throw new ApiError(
          'UNAVAILABLE',
          `${service.label} keeps every feed in a folder: move it to another folder instead.`,
        );
      if (feed.remoteId !== null && from?.id !== to?.id) {
        // Only folders the server has: a section made here has none yet, and adding the label makes it.
        const fromName = from !== null && from.remoteId !== null ? from.name : null;
        await greader.moveFeed(feed.remoteId, fromName, to?.name ?? null);
      }
      return transaction(db(), () => {
        if (feed.remoteId !== null && to !== null && to.remoteId === null)
          setSectionRemoteId(db(), to.id, labelStreamId(to.name));
        return moveFeed(db(), feedId, folder);
      });
    },

    async renameFolder(folderId, name) {
      const section = accountSection(db(), accountId, folderId);
      if (section.name === name) return getSection(db(), folderId);
      // Two folders of one name are one label on the server: refused before asking it.
      if (sectionNamedInAccount(db(), accountId, name, section.id))
        throw new ApiError('CONFLICT', `${accountName} already has a folder named “${name}”.`);
      if (section.remoteId !== null) await greader.renameFolder(section.name, name);
      return transaction(db(), () => {
        if (section.remoteId !== null) setSectionRemoteId(db(), section.id, labelStreamId(name));
        return renameSection(db(), folderId, name);
      });
    },

    async deleteFolder(folderId) {
      const section = accountSection(db(), accountId, folderId);
      // The server drops the label; its feeds stay subscribed, in no folder (or in the one the server chooses).
      if (section.remoteId !== null) await greader.deleteFolder(section.name);
      deleteSection(db(), folderId);
    },
  };
}
