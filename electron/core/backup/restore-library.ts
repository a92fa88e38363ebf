/**
 * Sections and subscriptions from a backup, merged into the library.
 * Sections match by name (ignoring case and surrounding space); new ones go
 * after the library's own, in the backup's order. Feeds match by normalized
 * URL; a feed the library already has keeps its own options, and only gains
 * a section when it had none, or comes back if it had been unsubscribed.
 */
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { all, type Db } from '../db/sql';
import { insertFeed, setFeedSection, unarchiveFeed } from '../library/tables/feeds-table';
import { insertSection, nextSectionPosition } from '../library/tables/sections-table';
import type { FeedRecord, SectionRecord } from './backup-format';

export interface Tally {
  added: number;
  merged: number;
}

export interface LibraryMaps {
  /** Backup section key → library section id. */
  sections: Map<number, number>;
  /** Normalized feed URL → library feed id and stored URL. */
  feeds: Map<string, { id: number; url: string; sectionId: number | null }>;
}

export function feedKey(url: string): string {
  const verdict = checkExternalUrl(url);
  return verdict.allowed ? verdict.url : url.trim();
}

export function restoreSections(db: Db, records: readonly SectionRecord[], tally: Tally): Map<number, number> {
  const byName = new Map(
    all<{ id: number; name: string }>(db, 'SELECT id, name FROM sections').map((s) => [sectionKey(s.name), s.id]),
  );
  const offset = nextSectionPosition(db);
  const map = new Map<number, number>();
  for (const record of [...records].sort((a, b) => a.position - b.position)) {
    const existing = byName.get(sectionKey(record.name));
    if (existing !== undefined) {
      map.set(record.key, existing);
      tally.merged += 1;
      continue;
    }
    const id = insertSection(db, {
      name: record.name.trim(),
      position: offset + record.position,
      createdAt: record.createdAt,
    });
    byName.set(sectionKey(record.name), id);
    map.set(record.key, id);
    tally.added += 1;
  }
  return map;
}

export function restoreFeeds(
  db: Db,
  records: readonly FeedRecord[],
  sections: Map<number, number>,
  tally: Tally,
): LibraryMaps['feeds'] {
  const feeds: LibraryMaps['feeds'] = new Map();
  for (const row of all<{ id: number; url: string; section_id: number | null }>(
    db,
    'SELECT id, url, section_id FROM feeds',
  )) {
    feeds.set(feedKey(row.url), { id: row.id, url: row.url, sectionId: row.section_id });
  }
  for (const record of records) {
    const key = feedKey(record.url);
    const sectionId = record.section === null ? null : (sections.get(record.section) ?? null);
    const existing = feeds.get(key);
    if (existing) {
      mergeFeed(db, existing, record, sectionId);
      tally.merged += 1;
      continue;
    }
    const id = insertFeed(db, {
      url: key,
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
    feeds.set(key, { id, url: key, sectionId });
    tally.added += 1;
  }
  return feeds;
}

function mergeFeed(
  db: Db,
  existing: { id: number; sectionId: number | null },
  record: FeedRecord,
  sectionId: number | null,
): void {
  // A subscription on either side is kept: an unsubscribed (archived) local copy comes back.
  if (!record.archived) unarchiveFeed(db, existing.id, record.paused);
  if (existing.sectionId === null && sectionId !== null) {
    setFeedSection(db, existing.id, sectionId, false);
    existing.sectionId = sectionId;
  }
}

function sectionKey(name: string): string {
  return name.trim().toLowerCase();
}
