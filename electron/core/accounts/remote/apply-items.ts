/**
 * Stores one page of a service's items, all or nothing (one transaction per
 * page, so a server that goes away mid-sync leaves nothing half-applied).
 * An item is keyed by its remote id; stored again, its content is replaced
 * only when it changed. Its read and starred states follow the server unless
 * the reader changed that state here and the change still waits in the
 * outbox: a pending local change beats server state. An item whose feed is
 * not among the subscriptions (a starred item of a feed unsubscribed long
 * ago) gets a hidden feed of its own, so its bookmark keeps a source.
 */
import { all, get, transaction, type Db } from '../../db/sql';
import { normalizeEntry, sortTimeOf } from '../../library/articles/normalize-entry';
import type { ParsedEntry } from '../../library/articles/parsed-entry';
import {
  findArticle,
  insertArticle,
  replaceArticleContent,
  setRemoteTimeIfUnknown,
} from '../../library/tables/articles-table';
import { insertFeed } from '../../library/tables/feeds-table';
import { pendingRemoteIds } from '../../library/outbox/pending-keys';
import type { RemoteItem } from './remote-model';
import { applyReadState, applyStarredState } from './item-states';
import { runRulesOnArrival } from '../../rules/run-on-arrival';

export interface AppliedItems {
  inserted: number;
  updated: number;
  /** Row ids of the articles stored new, for the passes that follow (pictures, language). */
  insertedIds: number[];
}

export function applyItems(db: Db, accountId: string, items: readonly RemoteItem[], now: number): AppliedItems {
  return transaction(db, () => {
    const pendingRead = pendingRemoteIds(db, accountId, 'read');
    const pendingStarred = pendingRemoteIds(db, accountId, 'starred');
    const feeds = new FeedLookup(db, accountId, now);
    const result: AppliedItems = { inserted: 0, updated: 0, insertedIds: [] };
    for (const item of items) {
      const feed = feeds.idFor(item);
      const row = normalizeEntry(toEntry(item));
      const existing = findArticle(db, feed.id, row.identity);
      let articleId: number;
      if (!existing) {
        articleId = insertArticle(db, {
          ...row,
          feedId: feed.id,
          sectionId: feed.sectionId,
          remoteId: item.remoteId,
          remoteTime: item.serverTime,
          sortTime: sortTimeOf(row.publishedAt, now),
          isRead: item.read,
          fetchedAt: now,
        });
        result.inserted += 1;
        result.insertedIds.push(articleId);
      } else {
        articleId = existing.id;
        setRemoteTimeIfUnknown(db, articleId, item.serverTime);
        if (existing.contentHash !== row.contentHash) {
          replaceArticleContent(db, existing.id, row, sortTimeOf(row.publishedAt, existing.fetchedAt));
          result.updated += 1;
        }
        if (!pendingRead.has(item.remoteId)) applyReadState(db, articleId, item.read);
      }
      if (!pendingStarred.has(item.remoteId)) applyStarredState(db, articleId, item.starred, now);
    }
    // The reader's rules, on the articles stored new, in the page's transaction: what they mark read or bookmark
    // goes to the server through the outbox, like the reader's own changes (issue 18).
    runRulesOnArrival(db, result.insertedIds, now);
    return result;
  });
}

/** The remote ids of the account's stored articles (to ask the server only for bodies not yet here). */
export function storedRemoteIds(db: Db, accountId: string): Set<string> {
  return new Set(
    all<{ remote_id: string }>(
      db,
      `SELECT a.remote_id FROM articles a JOIN feeds f ON f.id = a.feed_id
       WHERE f.account_id = ? AND a.remote_id IS NOT NULL`,
      accountId,
    ).map((row) => row.remote_id),
  );
}

function toEntry(item: RemoteItem): ParsedEntry {
  return {
    // The remote id is the item's identity in its account: the same story twice on the server is two items there too.
    guid: item.remoteId,
    url: item.url,
    title: item.title,
    author: item.author,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    contentHtml: item.contentHtml ?? item.summaryHtml,
    categories: item.categories,
    // A podcast's or photo feed's picture travels as an enclosure: it becomes the lead image, as in feeds polled here.
    leadImageUrl: item.enclosures.find((enclosure) => enclosure.type?.startsWith('image/'))?.url ?? null,
  };
}

interface FeedRef {
  id: number;
  sectionId: number | null;
}

class FeedLookup {
  private readonly known = new Map<string, FeedRef>();

  constructor(
    private readonly db: Db,
    private readonly accountId: string,
    private readonly now: number,
  ) {}

  idFor(item: RemoteItem): FeedRef {
    const cached = this.known.get(item.feedRemoteId);
    if (cached) return cached;
    const row = get<{ id: number; section_id: number | null }>(
      this.db,
      'SELECT id, section_id FROM feeds WHERE account_id = ? AND remote_id = ?',
      this.accountId,
      item.feedRemoteId,
    );
    const ref = row ? { id: row.id, sectionId: row.section_id } : this.hiddenFeed(item);
    this.known.set(item.feedRemoteId, ref);
    return ref;
  }

  private hiddenFeed(item: RemoteItem): FeedRef {
    const id = insertFeed(this.db, {
      accountId: this.accountId,
      remoteId: item.feedRemoteId,
      // Unique in the account like every feed address; the stream id stands in where the item names no site.
      url: item.feedRemoteId,
      siteUrl: item.feedSiteUrl,
      title: item.feedTitle ?? 'Unsubscribed feed',
      iconUrl: null,
      sectionId: null,
      position: 'last',
      fullText: false,
      refreshMinutes: null,
      paused: true,
      archived: true,
      createdAt: this.now,
    });
    return { id, sectionId: null };
  }
}
