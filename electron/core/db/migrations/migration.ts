/** What a migration may need to know about the SQLite it runs on. */
import type { Db } from '../sql';

export interface MigrationContext {
  fts5: boolean;
}

/** One schema step. `up` runs inside a transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db, context: MigrationContext): void;
}
