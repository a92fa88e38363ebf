/**
 * Sections and subscriptions from a backup, merged into the library.
 * Sections match by name (ignoring case and surrounding space); new ones go
 * after the library's own, in the backup's order. Feeds match by normalized
 * URL; a feed the library already has keeps its own options, and only gains
 * a section when it had none, or comes back if it had been unsubscribed.
 */
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { all, get, run, type Db } from '../db/sql';
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
  const offset = get<{ next: number }>(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM sections')?.next ?? 0;
  const map = new Map<number, number>();
  for (const record of [...records].sort((a, b) => a.position - b.position)) {
    const existing = byName.get(sectionKey(record.name));
    if (existing !== undefined) {
      map.set(record.key, existing);
      tally.merged += 1;
      continue;
    }
    const id = get<{ id: number }>(
      db,
      'INSERT INTO sections (name, position, created_at) VALUES (?, ?, ?) RETURNING id',
      record.name.trim(),
      offset + record.position,
      record.createdAt,
    )!.id;
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
    const id = get<{ id: number }>(
      db,
      `INSERT INTO feeds (url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes, paused, archived, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      key,
      record.siteUrl,
      record.title,
      record.iconUrl,
      sectionId,
      record.position,
      record.fullText ? 1 : 0,
      record.refreshMinutes,
      record.paused ? 1 : 0,
      record.archived ? 1 : 0,
      record.createdAt,
    )!.id;
    run(db, 'INSERT INTO feed_sync (feed_id) VALUES (?)', id);
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
  if (!record.archived)
    run(
      db,
      'UPDATE feeds SET archived = 0, paused = ? WHERE id = ? AND archived = 1',
      record.paused ? 1 : 0,
      existing.id,
    );
  if (existing.sectionId === null && sectionId !== null) {
    run(db, 'UPDATE feeds SET section_id = ? WHERE id = ?', sectionId, existing.id);
    run(db, 'UPDATE articles SET section_id = ? WHERE feed_id = ?', sectionId, existing.id);
    existing.sectionId = sectionId;
  }
}

function sectionKey(name: string): string {
  return name.trim().toLowerCase();
}
