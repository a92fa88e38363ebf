/**
 * Brings the schema to `target` one migration at a time. Each step commits
 * together with its version number, so a crash mid-upgrade leaves the file at
 * the previous version and the next start simply runs the step again.
 */
import { LATEST_VERSION, migrations } from './migrations';
import type { Migration, MigrationContext } from './migrations/migration';
import { hasFts5 } from './search-index';
import { all, get, transaction, type Db } from './sql';

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
    if (step.foreignKeysOff) withoutForeignKeys(db, () => runStep(db, step, context, true));
    else runStep(db, step, context, false);
  }
  return schemaVersion(db);
}

function runStep(db: Db, step: Migration, context: MigrationContext, checkForeignKeys: boolean): void {
  transaction(db, () => {
    step.up(db, context);
    if (checkForeignKeys) refuseDanglingReferences(db, step);
    // PRAGMA takes no bound parameters; the version is our own integer.
    db.exec(`PRAGMA user_version = ${Math.trunc(step.version)}`);
  });
}

/**
 * Foreign keys can only be switched outside a transaction (inside one the PRAGMA silently does nothing), so a
 * caller's open transaction is refused rather than risking a DROP TABLE that cascades.
 */
function withoutForeignKeys(db: Db, work: () => void): void {
  if (db.isTransaction) throw new Error('a migration that rebuilds tables cannot run inside a transaction');
  const wasOn = foreignKeysOn(db);
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    if (foreignKeysOn(db)) throw new Error('foreign keys could not be turned off for a table rebuild');
    work();
  } finally {
    if (wasOn) db.exec('PRAGMA foreign_keys = ON');
  }
}

function foreignKeysOn(db: Db): boolean {
  return get<{ foreign_keys: number }>(db, 'PRAGMA foreign_keys')?.foreign_keys === 1;
}

function refuseDanglingReferences(db: Db, step: Migration): void {
  const dangling = all<{ table: string; parent: string }>(db, 'PRAGMA foreign_key_check');
  if (dangling.length === 0) return;
  const first = dangling[0]!;
  throw new Error(
    `migration ${step.version} (${step.name}) would leave ${dangling.length} row(s) of ${first.table} ` +
      `pointing at missing ${first.parent} rows`,
  );
}
