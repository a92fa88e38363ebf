/**
 * Sections and subscriptions from a backup, merged into the library, each in
 * its account (the backup's accounts mapped to the library's first).
 * Sections match by account and name (ignoring case and surrounding space);
 * new ones go after the library's own, in the backup's order. Feeds match by
 * account and normalized URL (or a sync service's id for it); a feed the
 * library already has keeps its own options, and only gains a section when it
 * had none, or comes back if it had been unsubscribed.
 */
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { all, type Db } from '../db/sql';
import { insertFeed, setFeedSection, unarchiveFeed } from '../library/tables/feeds-table';
import { insertSection, nextSectionPosition } from '../library/tables/sections-table';
import type { FeedRecord, SectionRecord } from './backup-format';
import { accountOf, type AccountMap } from './restore-accounts';

export interface Tally {
  added: number;
  merged: number;
}

export interface LibraryFeed {
  id: number;
  accountId: string;
  url: string;
  sectionId: number | null;
}

export interface LibraryMaps {
  accounts: AccountMap;
  /** Backup section key → library section id. */
  sections: Map<number, number>;
  /** `libraryFeedKey(account, url)` → library feed. */
  feeds: Map<string, LibraryFeed>;
}

export function feedKey(url: string): string {
  const verdict = checkExternalUrl(url);
  return verdict.allowed ? verdict.url : url.trim();
}

/** How a feed is found in `LibraryMaps.feeds`: its library account and normalized URL. */
export function libraryFeedKey(accountId: string, url: string): string {
  return `${accountId}\n${feedKey(url)}`;
}

export function restoreSections(
  db: Db,
  records: readonly SectionRecord[],
  accounts: AccountMap,
  tally: Tally,
): Map<number, number> {
  const stored = all<{ id: number; account_id: string; name: string; remote_id: string | null }>(
    db,
    'SELECT id, account_id, name, remote_id FROM sections',
  );
  const byName = new Map(stored.map((s) => [sectionKey(s.account_id, s.name), s.id]));
  const byRemoteId = new Map(
    stored.filter((s) => s.remote_id !== null).map((s) => [`${s.account_id}\n${s.remote_id}`, s.id]),
  );
  const offset = nextSectionPosition(db);
  const map = new Map<number, number>();
  for (const record of [...records].sort((a, b) => a.position - b.position)) {
    const accountId = accountOf(accounts, record.account);
    const existing =
      byName.get(sectionKey(accountId, record.name)) ??
      (record.remoteId === null ? undefined : byRemoteId.get(`${accountId}\n${record.remoteId}`));
    if (existing !== undefined) {
      map.set(record.key, existing);
      tally.merged += 1;
      continue;
    }
    const id = insertSection(db, {
      accountId,
      remoteId: record.remoteId,
      name: record.name.trim(),
      position: offset + record.position,
      createdAt: record.createdAt,
    });
    byName.set(sectionKey(accountId, record.name), id);
    map.set(record.key, id);
    tally.added += 1;
  }
  return map;
}

export function restoreFeeds(
  db: Db,
  records: readonly FeedRecord[],
  maps: Pick<LibraryMaps, 'accounts' | 'sections'>,
  tally: Tally,
): LibraryMaps['feeds'] {
  const feeds: LibraryMaps['feeds'] = new Map();
  const byRemoteId = new Map<string, LibraryFeed>();
  for (const row of all<{
    id: number;
    account_id: string;
    url: string;
    section_id: number | null;
    remote_id: string | null;
  }>(db, 'SELECT id, account_id, url, section_id, remote_id FROM feeds')) {
    const feed = { id: row.id, accountId: row.account_id, url: row.url, sectionId: row.section_id };
    feeds.set(libraryFeedKey(row.account_id, row.url), feed);
    if (row.remote_id !== null) byRemoteId.set(`${row.account_id}\n${row.remote_id}`, feed);
  }
  const sectionAccounts = new Map(
    all<{ id: number; account_id: string }>(db, 'SELECT id, account_id FROM sections').map((s) => [s.id, s.account_id]),
  );
  for (const record of records) {
    const accountId = accountOf(maps.accounts, record.account);
    const key = libraryFeedKey(accountId, record.url);
    const mapped = record.section === null ? null : (maps.sections.get(record.section) ?? null);
    // A feed never sits in another account's section (only a hand-made file could ask for that).
    const sectionId = mapped !== null && sectionAccounts.get(mapped) === accountId ? mapped : null;
    const existing =
      feeds.get(key) ?? (record.remoteId === null ? undefined : byRemoteId.get(`${accountId}\n${record.remoteId}`));
    if (existing) {
      mergeFeed(db, existing, record, sectionId);
      feeds.set(key, existing);
      tally.merged += 1;
      continue;
    }
    const url = feedKey(record.url);
    const id = insertFeed(db, {
      accountId,
      remoteId: record.remoteId,
      url,
      siteUrl: record.siteUrl,
      title: record.title,
      iconUrl: record.iconUrl,
      sectionId,
      position: record.position,
      fullText: record.fullText,
      refreshMinutes: record.refreshMinutes,
      paused: record.paused,
      archived: record.archived,
      createdAt: record.createdAt,
    });
    feeds.set(key, { id, accountId, url, sectionId });
    tally.added += 1;
  }
  return feeds;
}

function mergeFeed(db: Db, existing: LibraryFeed, record: FeedRecord, sectionId: number | null): void {
  // A subscription on either side is kept: an unsubscribed (archived) local copy comes back.
  if (!record.archived) unarchiveFeed(db, existing.id, record.paused);
  if (existing.sectionId === null && sectionId !== null) {
    setFeedSection(db, existing.id, sectionId, false);
    existing.sectionId = sectionId;
  }
}

function sectionKey(accountId: string, name: string): string {
  return `${accountId}\n${name.trim().toLowerCase()}`;
}
