/**
 * OPML meets the library: applying an import and gathering an export. The
 * library's own `createSection` and `addFeed` do the writing, so an imported
 * feed is exactly the row a hand-added one would be.
 */
import { ApiError } from '../../api/errors';
import { LIMITS } from '../../api/library-models';
import { transaction, type Db } from '../db/sql';
import { addFeed, listFeeds } from '../library/feeds';
import { createSection, listSections } from '../library/sections';
import { LOCAL_ACCOUNT_ID, requireAccount } from '../library/tables/accounts-table';
import { findFeedByUrl } from '../library/tables/feeds-table';
import type { OpmlExport } from './export-opml';
import type { OpmlDocument, OpmlEntryReport, OpmlImportResult } from './types';

/** Sections are matched by name, ignoring case, so re-importing never duplicates one. */
function sectionKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * All or nothing: one transaction, so a failure half-way leaves the library as it was. Feeds and sections go into
 * `accountId` (the local account by default); a feed that account already follows is skipped.
 */
export function applyOpmlImport(
  db: Db,
  doc: OpmlDocument,
  now: number,
  accountId: string = LOCAL_ACCOUNT_ID,
): OpmlImportResult {
  return transaction(db, () => {
    requireAccount(db, accountId);
    const sectionIds = new Map(
      listSections(db)
        .filter((section) => section.accountId === accountId)
        .map((section) => [sectionKey(section.name), section.id]),
    );
    const result: OpmlImportResult = {
      imported: 0,
      skipped: doc.skipped,
      invalid: doc.invalid,
      sectionsCreated: 0,
      entries: [...doc.rejected],
      warnings: [...doc.warnings],
    };
    const sectionFor = (name: string | null): string | null => {
      if (name === null) return null;
      let id = sectionIds.get(sectionKey(name));
      if (id === undefined) {
        id = createSection(db, name, now, accountId).id;
        sectionIds.set(sectionKey(name), id);
        result.sectionsCreated++;
      }
      return id;
    };
    for (const feed of doc.feeds) {
      const entry: OpmlEntryReport = { status: 'imported', url: feed.url, title: feed.title, section: feed.section };
      if (findFeedByUrl(db, accountId, feed.url)?.archived === false) {
        result.skipped++;
        result.entries.push({ ...entry, status: 'skipped', reason: 'you already follow this feed' });
        continue;
      }
      try {
        addFeed(
          db,
          {
            url: feed.url,
            title: feed.title.slice(0, LIMITS.feedTitle),
            siteUrl: feed.siteUrl,
            sectionId: sectionFor(feed.section),
            accountId,
          },
          now,
        );
      } catch (error) {
        // Only a refused address is the entry's fault; anything else aborts the import.
        if (!(error instanceof ApiError) || error.code !== 'UNSAFE_URL') throw error;
        result.invalid++;
        result.entries.push({ ...entry, status: 'invalid', reason: error.message });
        continue;
      }
      result.imported++;
      result.entries.push(entry);
    }
    return result;
  });
}

export function gatherOpmlExport(db: Db, title = 'Broadsheet subscriptions'): OpmlExport {
  const sections = listSections(db).map((section) => ({
    id: section.id,
    name: section.name,
    feeds: [] as OpmlExport['unsectioned'],
  }));
  const byId = new Map(sections.map((section) => [section.id, section]));
  const unsectioned: OpmlExport['unsectioned'] = [];
  for (const feed of listFeeds(db)) {
    const target = feed.sectionId === null ? undefined : byId.get(feed.sectionId);
    (target ? target.feeds : unsectioned).push({ url: feed.url, title: feed.title, siteUrl: feed.siteUrl });
  }
  return { title, sections: sections.map(({ name, feeds }) => ({ name, feeds })), unsectioned };
}
