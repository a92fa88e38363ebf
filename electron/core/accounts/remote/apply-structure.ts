/**
 * Brings an account's sections and feeds in line with the service's folders
 * and subscriptions, in one transaction. The service's order is kept; a feed
 * in several folders appears under its first. A subscription removed on
 * another device goes here too, except for its bookmarked articles, which
 * stay (hidden with their feed) exactly as when the reader unsubscribes here.
 * The reader's own options on a feed (full text, pause) are never touched.
 * A section the reader made here in the account (no remote id: the service
 * has no empty folders) is never removed by a sync; when a folder of the
 * same name appears on the service, that section becomes it.
 */
import { all, transaction, type Db } from '../../db/sql';
import { deleteFeedArticlesKeepingBookmarks, setFeedArticlesSection } from '../../library/tables/articles-table';
import {
  archiveFeed,
  deleteFeed,
  insertFeed,
  setFeedSection,
  unarchiveFeed,
  updateRemoteFeed,
} from '../../library/tables/feeds-table';
import {
  deleteSectionRow,
  insertSection,
  nextSectionPosition,
  renameSectionRow,
  setSectionPosition,
  setSectionRemoteId,
} from '../../library/tables/sections-table';
import type { RemoteFeed, RemoteFolder } from './remote-model';

export interface StructureChange {
  sectionsAdded: number;
  sectionsRemoved: number;
  feedsAdded: number;
  feedsRemoved: number;
}

interface StoredSection {
  id: number;
  remote_id: string;
  name: string;
  position: number;
}

interface StoredFeed {
  id: number;
  remote_id: string;
  url: string;
  title: string;
  site_url: string | null;
  icon_url: string | null;
  section_id: number | null;
  archived: number;
}

export function applyStructure(
  db: Db,
  accountId: string,
  folders: readonly RemoteFolder[],
  feeds: readonly RemoteFeed[],
  now: number,
): StructureChange {
  return transaction(db, () => {
    const change: StructureChange = { sectionsAdded: 0, sectionsRemoved: 0, feedsAdded: 0, feedsRemoved: 0 };
    const sections = applyFolders(db, accountId, folders, now, change);
    applyFeeds(db, accountId, feeds, sections, now, change);
    return change;
  });
}

function applyFolders(
  db: Db,
  accountId: string,
  folders: readonly RemoteFolder[],
  now: number,
  change: StructureChange,
): Map<string, number> {
  const stored = all<StoredSection>(
    db,
    'SELECT id, remote_id, name, position FROM sections WHERE account_id = ? AND remote_id IS NOT NULL',
    accountId,
  );
  const byRemote = new Map(stored.map((row) => [row.remote_id, row]));
  const wanted = new Set(folders.map((folder) => folder.remoteId));
  for (const row of stored) {
    if (wanted.has(row.remote_id)) continue;
    deleteSectionRow(db, row.id);
    change.sectionsRemoved += 1;
  }
  adoptLocalSections(db, accountId, folders, byRemote);
  // The account's sections keep the places they hold among the reader's other sections, in the service's order.
  const places = [...byRemote.values()]
    .filter((row) => wanted.has(row.remote_id))
    .map((row) => row.position)
    .sort((a, b) => a - b);
  let next = nextSectionPosition(db);
  const ids = new Map<string, number>();
  folders.forEach((folder, index) => {
    if (ids.has(folder.remoteId)) return;
    const position = places[index] ?? next++;
    const row = byRemote.get(folder.remoteId);
    if (row) {
      if (row.name !== folder.name) renameSectionRow(db, row.id, folder.name);
      if (row.position !== position) setSectionPosition(db, row.id, position);
      ids.set(folder.remoteId, row.id);
      return;
    }
    const id = insertSection(db, { accountId, remoteId: folder.remoteId, name: folder.name, position, createdAt: now });
    ids.set(folder.remoteId, id);
    change.sectionsAdded += 1;
  });
  return ids;
}

/**
 * The reader's sections made here in the account take the service's folder of the same name when it appears (a
 * feed was moved into one, or another device made it), instead of a second section of that name beside them.
 */
function adoptLocalSections(
  db: Db,
  accountId: string,
  folders: readonly RemoteFolder[],
  byRemote: Map<string, StoredSection>,
): void {
  const local = all<StoredSection>(
    db,
    'SELECT id, remote_id, name, position FROM sections WHERE account_id = ? AND remote_id IS NULL ORDER BY id',
    accountId,
  );
  if (local.length === 0) return;
  for (const folder of folders) {
    if (byRemote.has(folder.remoteId)) continue;
    const row = local.find((candidate) => candidate.name === folder.name);
    if (!row) continue;
    local.splice(local.indexOf(row), 1);
    setSectionRemoteId(db, row.id, folder.remoteId);
    byRemote.set(folder.remoteId, { ...row, remote_id: folder.remoteId });
  }
}

function applyFeeds(
  db: Db,
  accountId: string,
  feeds: readonly RemoteFeed[],
  sections: ReadonlyMap<string, number>,
  now: number,
  change: StructureChange,
): void {
  const stored = all<StoredFeed>(
    db,
    `SELECT id, remote_id, url, title, site_url, icon_url, section_id, archived FROM feeds
     WHERE account_id = ? AND remote_id IS NOT NULL`,
    accountId,
  );
  const byRemote = new Map(stored.map((row) => [row.remote_id, row]));
  const wanted = new Set(feeds.map((feed) => feed.remoteId));
  for (const row of stored) {
    if (wanted.has(row.remote_id) || row.archived === 1) continue;
    // Unsubscribed on another device: as when the reader unsubscribes here, bookmarks keep their feed, hidden.
    deleteFeedArticlesKeepingBookmarks(db, row.id);
    if (!hasArticles(db, row.id)) deleteFeed(db, row.id);
    else archiveFeed(db, row.id);
    change.feedsRemoved += 1;
  }
  for (const feed of feeds) {
    const sectionId = firstSection(feed, sections);
    const row = byRemote.get(feed.remoteId);
    if (!row) {
      insertFeed(db, {
        accountId,
        remoteId: feed.remoteId,
        url: feed.url,
        siteUrl: feed.siteUrl,
        title: feed.title,
        iconUrl: feed.iconUrl,
        sectionId,
        position: 'last',
        fullText: false,
        refreshMinutes: null,
        paused: false,
        archived: false,
        createdAt: now,
      });
      change.feedsAdded += 1;
      continue;
    }
    if (row.archived === 1) unarchiveFeed(db, row.id, false);
    if (
      row.title !== feed.title ||
      row.site_url !== feed.siteUrl ||
      row.icon_url !== feed.iconUrl ||
      row.url !== feed.url
    )
      updateRemoteFeed(db, row.id, { url: feed.url, title: feed.title, siteUrl: feed.siteUrl, iconUrl: feed.iconUrl });
    if (row.section_id !== sectionId) {
      setFeedSection(db, row.id, sectionId, true);
      setFeedArticlesSection(db, row.id, sectionId);
    }
  }
}

function firstSection(feed: RemoteFeed, sections: ReadonlyMap<string, number>): number | null {
  for (const folder of feed.folderIds) {
    const id = sections.get(folder);
    if (id !== undefined) return id;
  }
  return null;
}

function hasArticles(db: Db, feedId: number): boolean {
  return all(db, 'SELECT 1 AS x FROM articles WHERE feed_id = ? LIMIT 1', feedId).length > 0;
}
