import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/errors';
import { storageErrorOf, withStorageErrors } from '../../../electron/core/db/storage-error';

/** What a failed write in the data folder looks like to the reader. */
describe('storage errors', () => {
  it('turns a full database into STORAGE saying the disk is full', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA max_page_count = 3; CREATE TABLE t (x)');
    let thrown: unknown;
    try {
      for (let i = 0; i < 50; i += 1) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(4000));
    } catch (error) {
      thrown = error;
    }
    expect(storageErrorOf(thrown)).toMatchObject({
      code: 'STORAGE',
      message: expect.stringMatching(/disk holding your library is full.*\(database or disk is full\)/),
    });
  });

  it('names full disks, read-only folders and I/O errors from the file system and SQLite', () => {
    const fsError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
    expect(storageErrorOf(fsError('ENOSPC'))?.message).toMatch(/full/);
    expect(storageErrorOf(fsError('EFBIG'))?.message).toMatch(/full/);
    expect(storageErrorOf(fsError('EROFS'))?.message).toMatch(/cannot be written to/);
    expect(storageErrorOf(fsError('EACCES'))?.message).toMatch(/cannot be written to/);
    const sqlite = (errcode: number, errstr: string) =>
      Object.assign(new Error(errstr), { code: 'ERR_SQLITE_ERROR', errcode, errstr });
    expect(storageErrorOf(sqlite(778, 'disk I/O error'))?.message).toMatch(/disk may be full, removed or failing/);
    expect(storageErrorOf(sqlite(8, 'attempt to write a readonly database'))?.message).toMatch(/cannot be written to/);
    expect(storageErrorOf(sqlite(11, 'database disk image is malformed'))?.message).toMatch(/restore from a backup/);
  });

  it('leaves every other error as it was', () => {
    const api = new ApiError('NOT_FOUND', 'No such article.');
    expect(withStorageErrors(api)).toBe(api);
    const constraint = Object.assign(new Error('UNIQUE constraint failed'), {
      code: 'ERR_SQLITE_ERROR',
      errcode: 2067,
    });
    expect(withStorageErrors(constraint)).toBe(constraint);
    expect(storageErrorOf('text')).toBeNull();
  });
});
