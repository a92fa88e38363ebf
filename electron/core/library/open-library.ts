/**
 * The library as the service sees it: an open store or the reason there is
 * none. Calls made while the store is unavailable fail with a STORAGE error
 * that carries the reason; the integrity check finishes in the background and
 * reports through `onStatus`.
 */
import { ApiError } from '../../api/errors';
import type { LibraryStatus } from '../../api/library-models';
import { checkIntegrity, type IntegrityCheck } from '../db/integrity-check';
import { openStore, type OpenStoreOptions } from '../db/open-store';
import type { Db } from '../db/sql';

export interface Library {
  status(): LibraryStatus;
  /** The open database; throws STORAGE when the library could not be opened. */
  db(): Db;
  /** Settles when the startup integrity check has finished. */
  checked: Promise<void>;
  close(): void;
}

export interface OpenLibraryOptions extends OpenStoreOptions {
  onStatus?: (status: LibraryStatus) => void;
  /** Skip the background integrity check (benchmarks, child test processes). */
  skipIntegrityCheck?: boolean;
}

export function openLibrary(path: string, options: OpenLibraryOptions = {}): Library {
  const store = openStore(path, options);
  const problems = [...store.problems];
  let integrity: LibraryStatus['integrity'] = store.db && !options.skipIntegrityCheck ? 'checking' : 'skipped';

  const status = (): LibraryStatus => ({
    state: store.db === null ? 'unavailable' : problems.length > 0 ? 'degraded' : 'ready',
    schemaVersion: store.schemaVersion,
    searchAvailable: store.searchAvailable,
    integrity,
    problems: problems.map((problem) => ({ ...problem })),
  });

  let check: IntegrityCheck | null = null;
  let checked = Promise.resolve();
  if (integrity === 'checking') {
    check = checkIntegrity(path);
    checked = check.done.then((found) => {
      if (integrity !== 'checking') return;
      integrity = found.length === 0 ? 'ok' : 'failed';
      if (found.length > 0) {
        problems.push({
          code: 'INTEGRITY',
          message: `The library file is damaged (${found.slice(0, 3).join('; ')}). Export your bookmarks and restore from a backup.`,
        });
      }
      options.onStatus?.(status());
    });
  }

  return {
    status,
    db() {
      if (!store.db) throw new ApiError('STORAGE', problems[0]?.message ?? 'The library is not available.');
      return store.db;
    },
    checked,
    close() {
      if (integrity === 'checking') integrity = 'skipped';
      check?.cancel();
      if (store.db?.isOpen) store.db.close();
    },
  };
}
