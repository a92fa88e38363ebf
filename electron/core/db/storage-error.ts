/**
 * Turns a failed write to the data folder (SQLite or the file system) into a
 * STORAGE error the reader can act on. A full disk, a read-only folder or a
 * damaged file otherwise reached the UI as "Unexpected error: database or disk
 * is full", coded INTERNAL, which tells nobody what to do. The original text is
 * kept after the explanation for support.
 */
import { ApiError } from '../../api/errors';

const SQLITE = { READONLY: 8, IOERR: 10, CORRUPT: 11, FULL: 13, CANTOPEN: 14, NOTADB: 26 } as const;
const FULL_CODES = new Set(['ENOSPC', 'EFBIG', 'EDQUOT']);
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

const FULL =
  'The disk holding your library is full (or a file-size limit was reached), so the change was not saved. Free some space and try again; nothing already saved was lost.';
const READ_ONLY =
  'The folder holding your library cannot be written to (read-only or no permission), so the change was not saved. Nothing already saved was lost.';
// SQLite reports most failed writes (a file-size limit, a removed or failing disk) as a plain I/O error.
const IO =
  'Writing to the library failed, so the change was not saved: the disk may be full, removed or failing. Free some space or check the disk, then try again; nothing already saved was lost.';
const DAMAGED =
  'The library file could not be read or written correctly, so the change was not saved. Restart Broadsheet; if this persists, restore from a backup.';

export function storageErrorOf(error: unknown): ApiError | null {
  if (error instanceof ApiError || typeof error !== 'object' || error === null) return null;
  const { code, errcode, message } = error as { code?: unknown; errcode?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? ` (${message})` : '';
  if (typeof code === 'string' && FULL_CODES.has(code)) return new ApiError('STORAGE', FULL + detail);
  if (typeof code === 'string' && READ_ONLY_CODES.has(code)) return new ApiError('STORAGE', READ_ONLY + detail);
  if (code !== 'ERR_SQLITE_ERROR' || typeof errcode !== 'number') return null;
  // Extended result codes carry the primary code in their low byte.
  switch (errcode & 0xff) {
    case SQLITE.FULL:
      return new ApiError('STORAGE', FULL + detail);
    case SQLITE.READONLY:
    case SQLITE.CANTOPEN:
      return new ApiError('STORAGE', READ_ONLY + detail);
    case SQLITE.IOERR:
      return new ApiError('STORAGE', IO + detail);
    case SQLITE.CORRUPT:
    case SQLITE.NOTADB:
      return new ApiError('STORAGE', DAMAGED + detail);
    default:
      return null;
  }
}

/** The error to send back for a failed call: a STORAGE error when the data folder is at fault, else as thrown. */
export function withStorageErrors(error: unknown): unknown {
  return storageErrorOf(error) ?? error;
}
