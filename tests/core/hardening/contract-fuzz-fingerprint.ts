import { createHash } from 'node:crypto';
import { all, type Db } from '../../../electron/core/db/sql';

/**
 * What "the store did not change" means in the hardening suites: every
 * table's row count and a hash of all its rows (virtual
 * full-text tables are covered through the tables they index).
 */
export interface TableFingerprint {
  rows: number;
  hash: string;
}

export function storeFingerprint(db: Db): Record<string, TableFingerprint> {
  const tables = all<{ name: string; sql: string | null }>(
    db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).filter((table) => !/CREATE VIRTUAL TABLE/i.test(table.sql ?? '') && !isShadowTable(db, table.name));
  const result: Record<string, TableFingerprint> = {};
  for (const { name } of tables) {
    // Sorted in JS: some tables are WITHOUT ROWID, and row order is not what is compared.
    const rows = all<Record<string, unknown>>(db, `SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value,
        ),
      )
      .sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row);
    result[name] = { rows: rows.length, hash: hash.digest('hex').slice(0, 16) };
  }
  return result;
}

/** Every stored value as one string, to search for text that must never have been stored. */
export function storeText(db: Db): string {
  const tables = all<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return tables
    .map(({ name }) => {
      try {
        return JSON.stringify(all(db, `SELECT * FROM "${name.replace(/"/g, '""')}"`));
      } catch {
        return ''; // Some virtual tables cannot be scanned whole; their source tables are.
      }
    })
    .join('\n');
}

function isShadowTable(db: Db, name: string): boolean {
  const virtual = all<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
  );
  return virtual.some((table) => name.startsWith(`${table.name}_`));
}
