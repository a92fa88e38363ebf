/** What a migration may need to know about the SQLite it runs on. */
import type { Db } from '../sql';

export interface MigrationContext {
  fts5: boolean;
}

/** One schema step. `up` runs inside a transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  /**
   * The step rebuilds tables that others reference (SQLite's twelve-step table rebuild): foreign keys are turned
   * off before its transaction (a DROP TABLE with them on deletes every row first, cascading into the tables that
   * reference it), checked with `PRAGMA foreign_key_check` before it commits, and turned back on after.
   */
  foreignKeysOff?: boolean;
  up(db: Db, context: MigrationContext): void;
}
