/**
 * A Miniflux account's subscriptions and folders, with the library's ids: each call looks up the remote ids (a
 * feed's, a section's category), asks the server, and only when it confirmed changes the library with the
 * library's own functions, so a refusal changes nothing here. Miniflux has real categories with ids: a section made
 * here becomes one (createCategory) when a feed is subscribed or moved into it. Every Miniflux feed is in exactly
 * one category, so "no folder" is refused with a sentence. Deleting a category deletes its feeds on the server
 * (`feeds.category_id … on delete cascade`, internal/database/migrations.go): the feeds are moved to the server's
 * first other category before, and the library follows, so deleting a folder never unsubscribes.
 */
import { ApiError } from '../../api/errors';
import type { Feed } from '../../api/library-models';
import type { SubscribeResult } from '../../api/methods/feeds';
import { all, get, transaction, type Db } from '../db/sql';
import { getFeed, moveFeed, removeFeed, updateFeed } from '../library/feeds';
import { createSection, deleteSection, getSection, renameSection } from '../library/sections';
import { setSectionRemoteId } from '../library/tables/sections-table';
import type { MinifluxClient } from '../miniflux/client';
import type { MinifluxCallOptions, MinifluxCategory } from '../miniflux/types';
import { accountFeed, accountSection, sectionNamedInAccount } from './account-structure-rows';
import type { AccountBackend } from './backend';

export interface MinifluxStructureOptions {
  db: () => Db;
  accountId: string;
  accountName: string;
  /** A client with the account's credentials; a refused one becomes "needs your password". */
  withClient: <T>(work: (client: MinifluxClient) => Promise<T>) => Promise<T>;
  syncNow: () => Promise<string | null>;
  now: () => number;
}

type Structure = Pick<
  AccountBackend,
  'subscribe' | 'unsubscribe' | 'renameFeed' | 'moveFeed' | 'renameFolder' | 'deleteFolder'
> & {
  subscribeInFolder(url: string, folderName: string | null, signal?: AbortSignal): Promise<void>;
};

export function minifluxStructure(options: MinifluxStructureOptions): Structure {
  const { accountId, accountName, withClient } = options;
  const db = () => options.db();

  /** The category of one of the account's sections; a section made here becomes a category now. */
  const categoryOf = async (client: MinifluxClient, sectionId: string): Promise<string> => {
    const section = accountSection(db(), accountId, sectionId);
    if (section.remoteId !== null) return section.remoteId;
    const category = await categoryNamed(client, section.name);
    setSectionRemoteId(db(), section.id, category.id);
    return category.id;
  };

  return {
    /** The server subscribes in the section's category (its first category for none); the next sync brings it. */
    async subscribe(url, folder): Promise<SubscribeResult> {
      const feedId = await withClient(async (client) => {
        const categoryId = folder === null ? undefined : await categoryOf(client, folder);
        return client.createFeed({ feedUrl: url, ...(categoryId === undefined ? {} : { categoryId }) });
      });
      const error = await options.syncNow();
      const feed = feedWithRemoteId(db(), accountId, feedId);
      if (!feed)
        throw new ApiError(
          'UNAVAILABLE',
          error ?? 'The server accepted the feed, but it was not among its subscriptions at the next sync.',
        );
      return { kind: 'subscribed', feed };
    },

    async subscribeInFolder(url, folderName, signal) {
      const call: MinifluxCallOptions | undefined = signal ? { signal } : undefined;
      await withClient(async (client) => {
        const categoryId = folderName === null ? undefined : (await categoryNamed(client, folderName, call)).id;
        await client.createFeed({ feedUrl: url, ...(categoryId === undefined ? {} : { categoryId }) }, call);
      });
    },

    async unsubscribe(feedId) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) await withClient((client) => client.deleteFeed(feed.remoteId!));
      // Bookmarked articles stay, with their feed hidden; the next sync no longer lists it.
      removeFeed(db(), feedId);
    },

    async renameFeed(feedId, title) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) await withClient((client) => client.updateFeed(feed.remoteId!, { title }));
      return updateFeed(db(), feedId, { title });
    },

    async moveFeed(feedId, folder): Promise<Feed> {
      const feed = accountFeed(db(), accountId, feedId);
      if (folder === null)
        throw new ApiError(
          'UNAVAILABLE',
          'Miniflux keeps every feed in a folder (a category): move it to another folder instead.',
        );
      const to = accountSection(db(), accountId, folder);
      if (feed.remoteId !== null && feed.sectionId !== to.id)
        await withClient(async (client) =>
          client.updateFeed(feed.remoteId!, { categoryId: await categoryOf(client, folder) }),
        );
      return moveFeed(db(), feedId, folder);
    },

    async renameFolder(folderId, name) {
      const section = accountSection(db(), accountId, folderId);
      if (section.name === name) return getSection(db(), folderId);
      // Miniflux refuses two categories of one name (ignoring case); said before asking it.
      if (sectionNamedInAccount(db(), accountId, name, section.id))
        throw new ApiError('CONFLICT', `${accountName} already has a folder named “${name}”.`);
      if (section.remoteId !== null) await withClient((client) => client.renameCategory(section.remoteId!, name));
      return renameSection(db(), folderId, name);
    },

    async deleteFolder(folderId) {
      const section = accountSection(db(), accountId, folderId);
      if (section.remoteId === null) return deleteSection(db(), folderId);
      const categoryId = section.remoteId;
      const refuge = await withClient(async (client) => {
        const [categories, feeds] = [await client.categories(), await client.feeds()];
        const inside = feeds.filter((feed) => feed.categoryId === categoryId);
        // Miniflux lists its categories by title; its own "move to the first category" picks the first too.
        const other = categories.find((category) => category.id !== categoryId) ?? null;
        if (inside.length > 0 && other === null)
          throw new ApiError(
            'CONFLICT',
            `Miniflux keeps every feed in a folder, and “${section.name}” is the only one: make another folder and move its feeds there first.`,
          );
        for (const feed of inside) await client.updateFeed(feed.id, { categoryId: other!.id });
        await client.deleteCategory(categoryId);
        return other;
      });
      transaction(db(), () => {
        if (refuge !== null) {
          const to = sectionWithRemoteId(db(), accountId, refuge.id) ?? newSection(refuge);
          for (const feedId of feedsInSection(db(), section.id)) moveFeed(db(), feedId, to);
        }
        deleteSection(db(), folderId);
      });
    },
  };

  function newSection(category: MinifluxCategory): string {
    const created = createSection(db(), category.title, options.now(), accountId);
    setSectionRemoteId(db(), Number(created.id), category.id);
    return created.id;
  }
}

/** The server's category of that title (Miniflux compares titles ignoring case), made when it has none. */
async function categoryNamed(
  client: MinifluxClient,
  title: string,
  call?: MinifluxCallOptions,
): Promise<MinifluxCategory> {
  const wanted = title.trim().toLowerCase();
  const found = (await client.categories(call)).find((category) => category.title.toLowerCase() === wanted);
  return found ?? client.createCategory(title.trim(), call);
}

function feedWithRemoteId(db: Db, accountId: string, remoteId: string): Feed | null {
  const row = get<{ id: number }>(
    db,
    'SELECT id FROM feeds WHERE account_id = ? AND remote_id = ? AND archived = 0',
    accountId,
    remoteId,
  );
  return row ? getFeed(db, String(row.id)) : null;
}

function sectionWithRemoteId(db: Db, accountId: string, remoteId: string): string | null {
  const row = get<{ id: number }>(
    db,
    'SELECT id FROM sections WHERE account_id = ? AND remote_id = ?',
    accountId,
    remoteId,
  );
  return row ? String(row.id) : null;
}

function feedsInSection(db: Db, sectionId: number): string[] {
  return all<{ id: number }>(db, 'SELECT id FROM feeds WHERE section_id = ?', sectionId).map((row) => String(row.id));
}
