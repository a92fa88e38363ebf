/**
 * The one writer of `accounts` (migration 012): the `local` account every library has, and one row per sync
 * service the reader added. `state` holds a backend's cursors and `options` its non-secret settings, both JSON
 * text; passwords and tokens are never written here.
 */
import { ApiError } from '../../../api/errors';
import { all, get, run, type Db } from '../../db/sql';

/** Broadsheet polls this account's feeds itself; everything stored before accounts existed belongs to it. */
export const LOCAL_ACCOUNT_ID = 'local';

export const ACCOUNT_STATUSES = ['ok', 'syncing', 'needs-password', 'error'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface AccountRow {
  id: string;
  kind: string;
  service: string | null;
  name: string;
  url: string | null;
  user: string | null;
  status: AccountStatus;
  lastSyncAt: number | null;
  lastError: string | null;
  /** JSON text: the backend's cursors. */
  state: string;
  /** JSON text: non-secret settings (allowHttp, a pinned certificate, body days…). */
  options: string;
  position: number;
  createdAt: number;
}

export type NewAccount = Omit<AccountRow, 'lastSyncAt' | 'lastError' | 'state' | 'position'> & {
  /** `last` puts it after every other account. */
  position: number | 'last';
};

interface StoredAccount {
  id: string;
  kind: string;
  service: string | null;
  name: string;
  url: string | null;
  user: string | null;
  status: AccountStatus;
  last_sync_at: number | null;
  last_error: string | null;
  state: string;
  options: string;
  position: number;
  created_at: number;
}

const COLUMNS =
  'id, kind, service, name, url, user, status, last_sync_at, last_error, state, options, position, created_at';

export function listAccountRows(db: Db): AccountRow[] {
  return all<StoredAccount>(db, `SELECT ${COLUMNS} FROM accounts ORDER BY position, created_at, id`).map(toRow);
}

export function findAccountRow(db: Db, id: string): AccountRow | undefined {
  const row = get<StoredAccount>(db, `SELECT ${COLUMNS} FROM accounts WHERE id = ?`, id);
  return row && toRow(row);
}

/** The account's id when it exists; NOT_FOUND (a message for the reader) otherwise. */
export function requireAccount(db: Db, id: string): string {
  if (!get(db, 'SELECT 1 AS x FROM accounts WHERE id = ?', id))
    throw new ApiError('NOT_FOUND', `No account with id "${id.slice(0, 50)}".`);
  return id;
}

export function insertAccount(db: Db, account: NewAccount): void {
  run(
    db,
    `INSERT INTO accounts (id, kind, service, name, url, user, status, options, position, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${account.position === 'last' ? '(SELECT COALESCE(MAX(position) + 1, 0) FROM accounts)' : '?'}, ?)`,
    account.id,
    account.kind,
    account.service,
    account.name,
    account.url,
    account.user,
    account.status,
    account.options,
    ...(account.position === 'last' ? [] : [account.position]),
    account.createdAt,
  );
}

export function setAccountStatus(db: Db, id: string, status: AccountStatus, lastError: string | null = null): void {
  run(db, 'UPDATE accounts SET status = ?, last_error = ? WHERE id = ?', status, lastError, id);
}

/** A finished sync: when, and its error (null when it went well). */
export function recordAccountSync(db: Db, id: string, at: number, error: string | null): void {
  run(
    db,
    'UPDATE accounts SET last_sync_at = ?, last_error = ?, status = ? WHERE id = ?',
    at,
    error,
    error === null ? 'ok' : 'error',
    id,
  );
}

/** Whether the account's service takes "mark all as read" as its own call (the backend's capability, as data). */
export function setAccountMarkAllOnServer(db: Db, id: string, on: boolean): void {
  run(
    db,
    'UPDATE accounts SET mark_all_on_server = ? WHERE id = ? AND mark_all_on_server <> ?',
    on ? 1 : 0,
    id,
    on ? 1 : 0,
  );
}

export function saveAccountState(db: Db, id: string, state: string): void {
  run(db, 'UPDATE accounts SET state = ? WHERE id = ?', state, id);
}

function toRow(row: StoredAccount): AccountRow {
  return {
    id: row.id,
    kind: row.kind,
    service: row.service,
    name: row.name,
    url: row.url,
    user: row.user,
    status: row.status,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
    state: row.state,
    options: row.options,
    position: row.position,
    createdAt: row.created_at,
  };
}

/** The account's row; its feeds, sections, outbox and read marks must be gone first. */
export function deleteAccountRow(db: Db, id: string): void {
  run(db, 'DELETE FROM accounts WHERE id = ?', id);
}
