/**
 * One-file backups of the library and settings, and restoring them. Files never cross the contract: a
 * backup is written into the data folder's exports and handed over with
 * `exports.save` (save dialog or download); a file to restore or import is
 * first put into the data folder's incoming folder (a native open dialog
 * through `backup.pickFile` in the desktop app, an upload in the preview) and
 * named by its token. Restoring is the host's call because it also applies
 * the backup's settings, which the host owns.
 */
import { z } from 'zod';
import { method } from '../method-spec';

export const FileTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

const Count = z.number().int().nonnegative();

export const BackupCountsSchema = z.object({
  accounts: Count,
  sections: Count,
  feeds: Count,
  bookmarks: Count,
  readMarks: Count,
  images: Count,
  rules: Count.optional(),
});

export const BackupWrittenSchema = z.object({
  /** An export token: hand it to exports.save. */
  token: FileTokenSchema,
  fileName: z.string(),
  byteLength: Count,
  counts: BackupCountsSchema,
});

export type BackupWritten = z.infer<typeof BackupWrittenSchema>;

const Tally = z.object({ added: Count, merged: Count });

export const RestoreSummarySchema = z.object({
  /** Sync accounts added come back without their passwords: each asks for its password again. */
  accounts: Tally,
  sections: Tally,
  feeds: Tally,
  bookmarks: Tally,
  readMarks: Count,
  images: Count,
  /** Rules added, and rules the library had already (issue 18); absent from a core without rules. */
  rules: Tally.optional(),
});

export type RestoreSummary = z.infer<typeof RestoreSummarySchema>;

export const BackupAppliedSchema = z.object({
  summary: RestoreSummarySchema,
  /** The backup's settings (section ids already mapped to this library's), for the host to apply; null when it has none. */
  settings: z.unknown(),
  createdAt: z.string(),
  appVersion: z.string(),
});

export const RestoreResultSchema = z.object({
  summary: RestoreSummarySchema,
  settingsApplied: z.boolean(),
  createdAt: z.string(),
  appVersion: z.string(),
});

export type RestoreResult = z.infer<typeof RestoreResultSchema>;

export const backupMethods = {
  'backup.create': method({
    owner: 'host',
    summary: 'Writes a backup of the whole library and the settings; hand the token to exports.save.',
    args: z.tuple([]),
    result: BackupWrittenSchema,
  }),
  'backup.write': method({
    owner: 'core',
    summary:
      'Writes a backup file with the given settings into the data folder (backup.create calls it with the host’s settings).',
    args: z.tuple([z.object({ settings: z.unknown() })]),
    result: BackupWrittenSchema,
  }),
  'backup.pickFile': method({
    owner: 'host',
    summary:
      'Desktop app: asks for a backup or bookmarks file with the native open dialog and returns its token, or null when cancelled.',
    args: z.tuple([z.enum(['backup', 'bookmarks'])]),
    result: z.object({ token: FileTokenSchema.nullable() }),
  }),
  'backup.restore': method({
    owner: 'host',
    summary:
      'Restores a backup (by file token) into this library, merging, and applies its settings; a damaged, foreign or newer file changes nothing.',
    args: z.tuple([
      FileTokenSchema,
      z.object({ applySettings: z.boolean().default(true) }).default({ applySettings: true }),
    ]),
    result: RestoreResultSchema,
  }),
  'backup.apply': method({
    owner: 'core',
    summary: 'The library part of backup.restore: verifies and merges the backup, returns its settings.',
    args: z.tuple([FileTokenSchema]),
    result: BackupAppliedSchema,
  }),
} as const;
