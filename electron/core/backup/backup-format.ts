/**
 * The backup file (see docs/BACKUP-FORMAT.md): a zip whose first entry,
 * `broadsheet-backup`, names the format and its version (so a foreign or
 * newer file is refused before anything else is read) and whose last entry,
 * `manifest.json`, lists every other entry with its SHA-256 (so a damaged or
 * truncated file is refused before anything is written).
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'broadsheet-backup';
/** 2: accounts (`accounts.json`) and the account of every section, feed, bookmark and read mark. 1 is still read. */
export const BACKUP_VERSION = 2;
export const MARKER_ENTRY = 'broadsheet-backup';
export const MANIFEST_ENTRY = 'manifest.json';
export const SETTINGS_ENTRY = 'settings.json';
export const ACCOUNTS_ENTRY = 'accounts.json';
export const SECTIONS_ENTRY = 'sections.json';
export const FEEDS_ENTRY = 'feeds.json';
/** The reader's rules as written (docs/RULES.md), in run order; absent in backups made before rules. */
export const RULES_ENTRY = 'rules.json';
export const IMAGES_INDEX_ENTRY = 'images.jsonl';
/** `bookmarks/000001.jsonl`, `read/000001.jsonl`: paged so no part needs the whole library in memory. */
export const BOOKMARKS_PREFIX = 'bookmarks/';
export const READ_PREFIX = 'read/';
export const IMAGE_PREFIX = 'images/';

export function markerText(version: number = BACKUP_VERSION): string {
  return `${BACKUP_FORMAT} ${version}\n`;
}

const Time = z.number().int();
const Str = z.string();
const OptStr = z.string().nullable();
/** The account a record belongs to: an id in accounts.json; format 1 knew only the local account. */
const Account = z.string().min(1).default('local');
/** A sync service's opaque id for the record; absent in format 1. */
const RemoteId = z.string().nullable().default(null);

export const CountsSchema = z.object({
  /** Absent in format 1. */
  accounts: z.number().int().nonnegative().default(1),
  sections: z.number().int().nonnegative(),
  feeds: z.number().int().nonnegative(),
  bookmarks: z.number().int().nonnegative(),
  readMarks: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  /** Absent before rules (issue 18). */
  rules: z.number().int().nonnegative().default(0),
});
export type BackupCounts = z.infer<typeof CountsSchema>;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: CountsSchema,
  settings: z.boolean(),
  /** Every entry but the marker and the manifest: SHA-256 (hex) and size of its bytes. */
  checksums: z.record(
    z.string(),
    z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** An account without its secrets (passwords and tokens are never in a backup) nor its sync cursors. */
export const AccountRecordSchema = z.object({
  id: Str.min(1),
  kind: Str.min(1),
  service: OptStr,
  name: Str,
  url: OptStr,
  user: OptStr,
  options: z.record(z.string(), z.unknown()),
});
export type AccountRecord = z.infer<typeof AccountRecordSchema>;

export const SectionRecordSchema = z.object({
  key: z.number().int(),
  account: Account,
  remoteId: RemoteId,
  name: Str,
  position: z.number().int(),
  createdAt: Time,
});
export type SectionRecord = z.infer<typeof SectionRecordSchema>;

export const FeedRecordSchema = z.object({
  account: Account,
  remoteId: RemoteId,
  url: Str.min(1),
  siteUrl: OptStr,
  title: Str,
  iconUrl: OptStr,
  /** The section's `key` in sections.json, or null. */
  section: z.number().int().nullable(),
  position: z.number().int(),
  fullText: z.boolean(),
  refreshMinutes: z.number().int().nullable(),
  paused: z.boolean(),
  archived: z.boolean(),
  createdAt: Time,
});
export type FeedRecord = z.infer<typeof FeedRecordSchema>;

/** A bookmarked article with everything it holds; `account` + `feedUrl` + `identity` is its key across libraries. */
export const BookmarkRecordSchema = z.object({
  account: Account,
  feedUrl: Str.min(1),
  identity: Str.min(1),
  remoteId: RemoteId,
  guid: OptStr,
  url: OptStr,
  title: Str,
  author: OptStr,
  publishedAt: Time.nullable(),
  updatedAt: Time.nullable(),
  sortTime: Time,
  summary: OptStr,
  contentHtml: OptStr,
  fullTextHtml: OptStr,
  text: Str,
  language: OptStr,
  leadImageUrl: OptStr,
  categories: z.array(Str),
  wordCount: z.number().int().nonnegative(),
  isRead: z.boolean(),
  fetchedAt: Time,
  contentHash: Str,
  /** Imported bookmark whose page is still to be fetched. */
  pendingFullText: z.boolean(),
  images: z.array(Str),
  bookmark: z.object({ createdAt: Time, note: Str, tags: z.array(Str) }),
});
export type BookmarkRecord = z.infer<typeof BookmarkRecordSchema>;

/**
 * A read article that is not bookmarked: only its key, so it arrives read when fetched again —
 * `[feedUrl, identity, account]` (format 1: `[feedUrl, identity]`, the local account).
 */
export const ReadMarkSchema = z.tuple([Str.min(1), Str.min(1), Str.min(1).optional()]);

export const ImageRecordSchema = z.object({
  url: Str.min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: Str,
  byteSize: z.number().int().nonnegative(),
});
export type ImageRecord = z.infer<typeof ImageRecordSchema>;
