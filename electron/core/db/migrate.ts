/**
 * Brings the schema to `target` one migration at a time. Each step commits
 * together with its version number, so a crash mid-upgrade leaves the file at
 * the previous version and the next start simply runs the step again.
 */
import { LATEST_VERSION, migrations } from './migrations';
import type { Migration, MigrationContext } from './migrations/migration';
import { hasFts5 } from './search-index';
import { get, transaction, type Db } from './sql';

export function schemaVersion(db: Db): number {
  return get<{ user_version: number }>(db, 'PRAGMA user_version')?.user_version ?? 0;
}

export function migrate(
  db: Db,
  target = LATEST_VERSION,
  steps: readonly Migration[] = migrations,
  context: MigrationContext = { fts5: hasFts5(db) },
): number {
  const current = schemaVersion(db);
  if (current > target) throw new Error(`schema version ${current} is newer than ${target}`);
  for (const step of steps) {
    if (step.version <= current || step.version > target) continue;
    transaction(db, () => {
      step.up(db, context);
      // PRAGMA takes no bound parameters; the version is our own integer.
      db.exec(`PRAGMA user_version = ${Math.trunc(step.version)}`);
    });
  }
  return schemaVersion(db);
}
