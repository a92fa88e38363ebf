/**
 * Nextcloud News's folders, feeds and items in the shapes every backend shares (remote/remote-model.ts). A feed has
 * one folder or none (the client reads both null and 0 as none). An item's `serverTime` is its id: every mark-all
 * call of the API compares item ids (`newestItemId`), so that is the "server time" a mark-all intent carries.
 */
import type { NextcloudFeed, NextcloudFolder, NextcloudItem } from '../nextcloud/types';
import type { RemoteFeed, RemoteFolder, RemoteItem } from './remote/remote-model';

export function toRemoteFolder(folder: NextcloudFolder): RemoteFolder {
  return { remoteId: folder.id, name: folder.name };
}

export function toRemoteFeed(feed: NextcloudFeed): RemoteFeed {
  return {
    remoteId: feed.id,
    url: feed.url,
    title: feed.title ?? feed.url,
    siteUrl: feed.link,
    iconUrl: feed.faviconLink,
    folderIds: feed.folderId === null ? [] : [feed.folderId],
  };
}

export function toRemoteItem(item: NextcloudItem): RemoteItem {
  return {
    remoteId: item.id,
    feedRemoteId: item.feedId,
    feedTitle: null,
    feedSiteUrl: null,
    url: item.url,
    title: item.title,
    author: item.author,
    publishedAt: item.publishedAt,
    updatedAt: null,
    contentHtml: item.body,
    summaryHtml: null,
    categories: [],
    serverTime: Number(item.id),
    enclosures: item.enclosureLink === null ? [] : [{ url: item.enclosureLink, type: item.enclosureMime }],
    read: !item.unread,
    starred: item.starred,
  };
}

/** Whether `id` is above `than` (both decimal ids; null is below every id). */
export function idAbove(id: string, than: string | null): boolean {
  return than === null || Number(id) > Number(than);
}

/** The larger of two ids (null when both are). */
export function maxId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b !== null && idAbove(b, a) ? b : a;
}
