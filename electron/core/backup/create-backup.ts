/**
 * Writes the whole backup to `path`: accounts (never their secrets), subscriptions with their options,
 * sections in order, the reader's rules, every bookmark with its content, tags, note and cached
 * images, read state, and the settings the host passed in (the core does not
 * own them). Parts are streamed page by page; the manifest goes last.
 */
import { readFileSync } from 'node:fs';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/sql';
import { imagePath, imagesDir } from '../images/cache-paths';
import {
  ACCOUNTS_ENTRY,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BOOKMARKS_PREFIX,
  FEEDS_ENTRY,
  IMAGE_PREFIX,
  IMAGES_INDEX_ENTRY,
  MANIFEST_ENTRY,
  MARKER_ENTRY,
  markerText,
  READ_PREFIX,
  RULES_ENTRY,
  SECTIONS_ENTRY,
  SETTINGS_ENTRY,
  type BackupCounts,
  type ImageRecord,
  type Manifest,
} from './backup-format';
import {
  accountRecords,
  bookmarkImages,
  bookmarkPages,
  feedRecords,
  readMarkPages,
  sectionRecords,
} from './backup-records';
import { openZipSink, type ZipSink } from './zip-sink';
import { asWritten } from '../rules/rule-file';
import { listRules } from '../rules/rule-store';

export interface CreateBackupOptions {
  dataDir: string;
  appVersion: string;
  /** The host's settings, stored as given; null leaves them out. */
  settings: unknown;
  now: number;
}

/** A JSON-lines part flushed into a new numbered entry when it grows past this. */
const PART_BYTES = 8 * 1024 * 1024;

export function createBackup(db: Db, path: string, options: CreateBackupOptions): Manifest {
  const sink = openZipSink(path);
  try {
    sink.addBytes(MARKER_ENTRY, new TextEncoder().encode(markerText()));
    const counts: BackupCounts = {
      accounts: 0,
      sections: 0,
      feeds: 0,
      bookmarks: 0,
      readMarks: 0,
      images: 0,
      rules: 0,
    };
    if (options.settings !== null) writeJson(sink, SETTINGS_ENTRY, options.settings);
    const accounts = accountRecords(db);
    writeJson(sink, ACCOUNTS_ENTRY, accounts);
    counts.accounts = accounts.length;
    const sections = sectionRecords(db);
    writeJson(sink, SECTIONS_ENTRY, sections);
    counts.sections = sections.length;
    const feeds = feedRecords(db);
    writeJson(sink, FEEDS_ENTRY, feeds);
    counts.feeds = feeds.length;
    const rules = listRules(db).map(asWritten);
    writeJson(sink, RULES_ENTRY, rules);
    counts.rules = rules.length;
    counts.bookmarks = writeParts(sink, BOOKMARKS_PREFIX, bookmarkPages(db));
    counts.readMarks = writeParts(sink, READ_PREFIX, readMarkPages(db));
    counts.images = writeImages(sink, db, options.dataDir);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date(options.now).toISOString(),
      appVersion: options.appVersion,
      schemaVersion: schemaVersion(db),
      counts,
      settings: options.settings !== null,
      checksums: sink.checksums(),
    };
    delete manifest.checksums[MARKER_ENTRY];
    writeJson(sink, MANIFEST_ENTRY, manifest);
    sink.finish();
    return manifest;
  } catch (error) {
    sink.abort();
    throw error;
  }
}

function writeJson(sink: ZipSink, name: string, value: unknown): void {
  const entry = sink.openText(name);
  entry.write(JSON.stringify(value, null, 1));
  entry.close();
}

function writeParts(sink: ZipSink, prefix: string, pages: Iterable<unknown[]>): number {
  let part = 0;
  let entry: ReturnType<ZipSink['openText']> | null = null;
  let size = 0;
  let count = 0;
  for (const page of pages) {
    for (const record of page) {
      if (!entry || size >= PART_BYTES) {
        entry?.close();
        part += 1;
        entry = sink.openText(`${prefix}${String(part).padStart(6, '0')}.jsonl`);
        size = 0;
      }
      const line = `${JSON.stringify(record)}\n`;
      entry.write(line);
      size += line.length;
      count += 1;
    }
  }
  entry?.close();
  return count;
}

/**
 * One file per content hash (the cache's own dedupe); an image the cache lost
 * is left out, not fatal. The index is written after the files: an entry left
 * open would make the zip writer hold every later entry in memory.
 */
function writeImages(sink: ZipSink, db: Db, dataDir: string): number {
  const root = imagesDir(dataDir);
  const kept: ImageRecord[] = [];
  const written = new Set<string>();
  for (const image of bookmarkImages(db)) {
    if (!written.has(image.contentHash)) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(imagePath(root, image.contentHash));
      } catch {
        continue;
      }
      sink.addBytes(`${IMAGE_PREFIX}${image.contentHash}`, bytes);
      written.add(image.contentHash);
    }
    kept.push(image);
  }
  const index = sink.openText(IMAGES_INDEX_ENTRY);
  for (const image of kept) index.write(`${JSON.stringify(image)}\n`);
  index.close();
  return written.size;
}
