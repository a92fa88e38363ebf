/**
 * Restores a backup file into the library: verified first (verify-backup.ts),
 * then read once more and applied in one transaction. Anything wrong on the
 * way (a record that does not parse, a disk error) rolls the library back and
 * removes the image files this restore added: a refused restore changes
 * nothing. Settings are returned, not applied: the host owns them.
 */
import { transaction, type Db } from '../db/sql';
import { imagesDir } from '../images/cache-paths';
import {
  ACCOUNTS_ENTRY,
  AccountRecordSchema,
  BOOKMARKS_PREFIX,
  BookmarkRecordSchema,
  FEEDS_ENTRY,
  FeedRecordSchema,
  IMAGE_PREFIX,
  IMAGES_INDEX_ENTRY,
  ImageRecordSchema,
  READ_PREFIX,
  ReadMarkSchema,
  RULES_ENTRY,
  SECTIONS_ENTRY,
  SectionRecordSchema,
  SETTINGS_ENTRY,
  type FeedRecord,
  type Manifest,
  type SectionRecord,
} from './backup-format';
import type { RestoreSummary } from '../../api/methods/backup';
import { refuse } from './backup-refused';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import { accountOf, localOnlyAccounts, restoreAccounts } from './restore-accounts';
import { restoreRules } from '../rules/restore-rules';
import { restoreBookmark, restoreImageRow, restoreReadMark } from './restore-articles';
import { createImageWriter } from './restore-images';
import { restoreFeeds, restoreSections, type LibraryMaps } from './restore-library';
import { remapSettings } from './restore-settings';
import { verifyBackup } from './verify-backup';
import { lineReader, readZipEntries, textCollector, type EntryConsumer } from './zip-source';
import type { z } from 'zod';

export interface RestoreResult {
  manifest: Manifest;
  summary: RestoreSummary;
  /** The backup's settings with section ids mapped to this library's, or null when it has none. */
  settings: unknown;
}

const MAX_JSON_ENTRY = 64 * 1024 * 1024;

export function restoreBackup(db: Db, path: string, options: { dataDir: string; now: number }): RestoreResult {
  const manifest = verifyBackup(path);
  const summary: RestoreSummary = {
    accounts: { added: 0, merged: 0 },
    sections: { added: 0, merged: 0 },
    feeds: { added: 0, merged: 0 },
    bookmarks: { added: 0, merged: 0 },
    readMarks: 0,
    images: 0,
    rules: { added: 0, merged: 0 },
  };
  const images = createImageWriter(imagesDir(options.dataDir));
  let settings: unknown = null;
  let sections: SectionRecord[] = [];
  // Format 1 has no accounts entry: everything in it is the local account's.
  let accounts = localOnlyAccounts();
  let maps: LibraryMaps | null = null;
  const library = (): LibraryMaps => {
    maps ??= {
      accounts,
      sections: new Map(),
      feeds: restoreFeeds(db, [], { accounts, sections: new Map() }, summary.feeds),
    };
    return maps;
  };
  try {
    transaction(db, () => {
      readZipEntries(path, (name): EntryConsumer | null => {
        if (name === SETTINGS_ENTRY) return textCollector(MAX_JSON_ENTRY, (text) => (settings = JSON.parse(text)));
        if (name === ACCOUNTS_ENTRY) {
          return textCollector(MAX_JSON_ENTRY, (text) => {
            accounts = restoreAccounts(db, parseAll(AccountRecordSchema, text), options.now, summary.accounts);
          });
        }
        if (name === SECTIONS_ENTRY)
          return textCollector(MAX_JSON_ENTRY, (text) => (sections = parseAll(SectionRecordSchema, text)));
        if (name === FEEDS_ENTRY) {
          return textCollector(MAX_JSON_ENTRY, (text) => {
            const feeds: FeedRecord[] = parseAll(FeedRecordSchema, text);
            const sectionMap = restoreSections(db, sections, accounts, summary.sections);
            const feedMap = restoreFeeds(db, feeds, { accounts, sections: sectionMap }, summary.feeds);
            maps = { accounts, sections: sectionMap, feeds: feedMap };
          });
        }
        if (name === RULES_ENTRY) {
          return textCollector(MAX_JSON_ENTRY, (text) => {
            const records: unknown = JSON.parse(text);
            if (!Array.isArray(records)) throw new Error('a list in the backup is not a list');
            restoreRules(db, records, (id) => accountOf(accounts, id), options.now, summary.rules!);
          });
        }
        if (name.startsWith(BOOKMARKS_PREFIX)) {
          return lineReader((line) =>
            restoreBookmark(db, parseOne(BookmarkRecordSchema, line), library(), summary.bookmarks),
          );
        }
        if (name.startsWith(READ_PREFIX)) {
          return lineReader((line) => {
            const [feedUrl, identity, account = LOCAL_ACCOUNT_ID] = parseOne(ReadMarkSchema, line);
            restoreReadMark(db, { feedUrl, identity, account }, library());
            summary.readMarks += 1;
          });
        }
        if (name.startsWith(IMAGE_PREFIX)) {
          summary.images += 1;
          return images.consumer(name.slice(IMAGE_PREFIX.length));
        }
        if (name === IMAGES_INDEX_ENTRY)
          return lineReader((line) => restoreImageRow(db, parseOne(ImageRecordSchema, line), options.now));
        return null;
      });
    });
  } catch (error) {
    images.rollback();
    if (error instanceof Error && error.name === 'ApiError') throw error;
    throw refuse('damaged', describe(error));
  }
  return {
    manifest,
    summary,
    settings: settings === null ? null : remapSettings(settings, (maps as LibraryMaps | null)?.sections ?? new Map()),
  };
}

function parseAll<T>(schema: z.ZodType<T>, text: string): T[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error('a list in the backup is not a list');
  return value.map((item) => schema.parse(item));
}

function parseOne<T>(schema: z.ZodType<T>, line: string): T {
  return schema.parse(JSON.parse(line));
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === 'ZodError') return 'a record in it is not valid';
  if (error instanceof SyntaxError) return 'a part of it is not readable';
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
