/**
 * A Feedbin account's subscriptions and folders with the library's ids: each change looks up what Feedbin needs
 * (the feed's id is the feed row's remote id; the subscription id is found in `subscriptions.json` at the time of
 * the change, so no second id is stored; a folder's remote id is its tag name), asks Feedbin, and only when Feedbin
 * confirmed changes the library with the library's own functions, so a refusal changes nothing here. A folder is
 * a tag: a section made here has no tag until a feed is tagged into it, and then it is that tag.
 */
import { ApiError } from '../../api/errors';
import type { FeedCandidate, SubscribeResult } from '../../api/methods/feeds';
import { get, transaction, type Db } from '../db/sql';
import type { FeedbinClient } from '../feedbin/client';
import { FeedbinRefusedError } from '../feedbin/errors';
import type { FeedbinFeedChoice, FeedbinSubscribeResult, FeedbinSubscription } from '../feedbin/types';
import { getFeed, moveFeed, removeFeed, updateFeed } from '../library/feeds';
import { deleteSection, getSection, renameSection } from '../library/sections';
import type { AccountRow } from '../library/tables/accounts-table';
import { setSectionRemoteId } from '../library/tables/sections-table';
import { sectionOfAccount } from './account-feeds';
import { accountFeed, accountSection, sectionNamedInAccount } from './account-structure-rows';
import type { AccountBackend } from './backend';
import type { RemoteAccount } from './remote-account';

export interface FeedbinStructureOptions {
  db: () => Db;
  row: Pick<AccountRow, 'id' | 'name'>;
  /** The account's client (NeedsPasswordError without a password); refused credentials as NeedsPasswordError. */
  withClient: <T>(work: (client: FeedbinClient) => Promise<T>) => Promise<T>;
  syncNow: () => Promise<string | null>;
}

type StructureCalls = Pick<
  AccountBackend,
  'subscribe' | 'unsubscribe' | 'renameFeed' | 'moveFeed' | 'renameFolder' | 'deleteFolder'
> &
  Pick<RemoteAccount, 'subscribeInFolder' | 'subscribedFeed'>;

export function feedbinStructure(options: FeedbinStructureOptions): StructureCalls {
  const { withClient, row } = options;
  const db = () => options.db();
  const accountId = row.id;
  /** The Feedbin feed id of each address subscribed here, as Feedbin answered (its feed may have another address). */
  const subscribedIds = new Map<string, string>();

  /** Subscribes (201 new, 302 existing), then tags the feed into the folder; several feeds at the address: none. */
  const subscribeOnServer = (url: string, folderName: string | null, signal?: AbortSignal) =>
    withClient(async (client): Promise<FeedbinSubscribeResult> => {
      const call = signal ? { signal } : undefined;
      const result = await client.subscribe(url, call);
      if (result.kind === 'choices') return result;
      subscribedIds.set(url, result.subscription.feedId);
      if (folderName !== null) await client.tagFeed(result.subscription.feedId, folderName, call);
      return result;
    });

  /** The subscription of a feed (by its Feedbin feed id) as Feedbin lists it now, or null. */
  const subscriptionOf = (feedRemoteId: string) =>
    withClient(async (client): Promise<FeedbinSubscription | null> => {
      const subscriptions = await client.subscriptions();
      return subscriptions.find((subscription) => subscription.feedId === feedRemoteId) ?? null;
    });

  return {
    async subscribe(url, folder): Promise<SubscribeResult> {
      const folderName = folder === null ? null : sectionOfAccount(db(), accountId, folder);
      const result = await subscribeOnServer(url, folderName);
      if (result.kind === 'choices') return { kind: 'choose', candidates: result.choices.map(toCandidate) };
      const error = await options.syncNow();
      const feed = feedOfRemoteId(db(), accountId, result.subscription.feedId);
      if (feed === null)
        throw new ApiError(
          'UNAVAILABLE',
          error ?? 'Feedbin accepted the feed, but it was not among its subscriptions at the next sync.',
        );
      return { kind: 'subscribed', feed: getFeed(db(), feed) };
    },

    async subscribeInFolder(url, folderName, signal) {
      const result = await subscribeOnServer(url, folderName, signal);
      if (result.kind === 'choices')
        throw new FeedbinRefusedError(300, 'subscriptions.json', 'that address offers several feeds: add one of them.');
    },

    subscribedFeed(url) {
      const remoteId = subscribedIds.get(url);
      const feed = remoteId === undefined ? null : feedOfRemoteId(db(), accountId, remoteId);
      return feed === null ? null : getFeed(db(), feed);
    },

    async unsubscribe(feedId) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) {
        const subscription = await subscriptionOf(feed.remoteId);
        // Already gone on Feedbin: what was asked is done.
        if (subscription !== null) await withClient((client) => client.unsubscribe(subscription.id));
      }
      // Bookmarked articles stay, with their feed hidden; the next sync no longer lists it.
      removeFeed(db(), feedId);
    },

    async renameFeed(feedId, title) {
      const feed = accountFeed(db(), accountId, feedId);
      if (feed.remoteId !== null) {
        const subscription = await subscriptionOf(feed.remoteId);
        if (subscription === null) throw noLongerFollowed(row.name);
        await withClient((client) => client.renameSubscription(subscription.id, title));
      }
      return updateFeed(db(), feedId, { title });
    },

    async moveFeed(feedId, folder) {
      const feed = accountFeed(db(), accountId, feedId);
      const from = feed.sectionId === null ? null : accountSection(db(), accountId, String(feed.sectionId));
      const to = folder === null ? null : accountSection(db(), accountId, folder);
      const toName = to === null ? null : (to.remoteId ?? to.name);
      const feedRemoteId = feed.remoteId;
      if (feedRemoteId !== null && from?.id !== to?.id) {
        await withClient(async (client) => {
          // Tagged into the new folder first: a failure half-way leaves the feed in both, never in none.
          if (toName !== null) await client.tagFeed(feedRemoteId, toName);
          const fromName = from?.remoteId ?? null;
          if (fromName === null || fromName === toName) return;
          const taggings = await client.taggings();
          for (const tagging of taggings)
            if (tagging.feedId === feedRemoteId && tagging.name === fromName) await client.untag(tagging.id);
        });
      }
      return transaction(db(), () => {
        if (feedRemoteId !== null && to !== null && to.remoteId === null) setSectionRemoteId(db(), to.id, to.name);
        return moveFeed(db(), feedId, folder);
      });
    },

    async renameFolder(folderId, name) {
      const section = accountSection(db(), accountId, folderId);
      if (section.name === name) return getSection(db(), folderId);
      // Two folders of one name are one tag on Feedbin: refused before asking it.
      if (sectionNamedInAccount(db(), accountId, name, section.id))
        throw new ApiError('CONFLICT', `${row.name} already has a folder named “${name}”.`);
      const oldName = section.remoteId;
      if (oldName !== null) await withClient((client) => client.renameTag(oldName, name));
      return transaction(db(), () => {
        if (oldName !== null) setSectionRemoteId(db(), section.id, name);
        return renameSection(db(), folderId, name);
      });
    },

    async deleteFolder(folderId) {
      const section = accountSection(db(), accountId, folderId);
      const name = section.remoteId;
      // Feedbin drops the tag; its feeds stay subscribed, in no folder (or under another tag they carry).
      if (name !== null) await withClient((client) => client.deleteTag(name));
      deleteSection(db(), folderId);
    },
  };
}

/** The library id of the account's feed with this Feedbin feed id, or null. */
function feedOfRemoteId(db: Db, accountId: string, remoteId: string): string | null {
  const found = get<{ id: number }>(
    db,
    'SELECT id FROM feeds WHERE account_id = ? AND remote_id = ? AND archived = 0 ORDER BY id DESC LIMIT 1',
    accountId,
    remoteId,
  );
  return found ? String(found.id) : null;
}

/** One of the feeds a site's address offers, as the Add feed dialog lists candidates (Feedbin sends no headlines). */
function toCandidate(choice: FeedbinFeedChoice): FeedCandidate {
  const url = choice.feedUrl;
  const format = /json/i.test(url) ? 'json' : /atom/i.test(url) ? 'atom' : /rdf/i.test(url) ? 'rdf' : 'rss';
  return { url, title: choice.title ?? url, format, source: 'link', latest: [] };
}

function noLongerFollowed(accountName: string): ApiError {
  return new ApiError(
    'CONFLICT',
    `${accountName} no longer follows this feed on Feedbin: sync the account to see its feeds as they are.`,
  );
}
