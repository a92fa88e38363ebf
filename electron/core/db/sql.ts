/**
 * The few helpers every query module shares. Statements are cached per
 * connection because preparing is a large part of a small query's cost, and
 * every value reaches SQLite as a bound parameter, never spliced into SQL.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

export type Db = DatabaseSync;
export type Params = SQLInputValue[];

const caches = new WeakMap<Db, Map<string, StatementSync>>();

export function stmt(db: Db, sql: string): StatementSync {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

export function all<T>(db: Db, sql: string, ...params: Params): T[] {
  return stmt(db, sql).all(...params) as T[];
}

export function get<T>(db: Db, sql: string, ...params: Params): T | undefined {
  return stmt(db, sql).get(...params) as T | undefined;
}

export function run(db: Db, sql: string, ...params: Params): number {
  return Number(stmt(db, sql).run(...params).changes);
}

/**
 * Runs `work` in one write transaction. IMMEDIATE takes the write lock up
 * front so two writers never deadlock upgrading a read lock. Nested calls join
 * the outer transaction, so a multi-step operation commits all or nothing.
 */
export function transaction<T>(db: Db, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** `?, ?, ?` for an IN list of bound parameters. */
export function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}
