/**
 * Accounts from a backup, merged into the library. A backup holds no secrets, so a sync account that comes back
 * new waits for its password (`needs-password`) before it syncs again. An account already here (same kind,
 * service, address and user) is kept as it is; a new one keeps its id unless this library already uses it for
 * another account. The answer maps the backup's account ids to the library's.
 */
import type { RestoreSummary } from '../../api/methods/backup';
import type { Db } from '../db/sql';
import {
  findAccountRow,
  insertAccount,
  listAccountRows,
  LOCAL_ACCOUNT_ID,
  type AccountRow,
} from '../library/tables/accounts-table';
import type { AccountRecord } from './backup-format';

/** Backup account id → library account id. */
export type AccountMap = Map<string, string>;

export function localOnlyAccounts(): AccountMap {
  return new Map([[LOCAL_ACCOUNT_ID, LOCAL_ACCOUNT_ID]]);
}

export function restoreAccounts(
  db: Db,
  records: readonly AccountRecord[],
  now: number,
  tally: RestoreSummary['accounts'],
): AccountMap {
  const map = localOnlyAccounts();
  const library = listAccountRows(db);
  for (const record of records) {
    if (record.id === LOCAL_ACCOUNT_ID || record.kind === 'local') {
      map.set(record.id, LOCAL_ACCOUNT_ID);
      continue;
    }
    const same = library.find((row) => sameAccount(row, record));
    if (same) {
      map.set(record.id, same.id);
      tally.merged += 1;
      continue;
    }
    const id = freeId(db, record.id);
    insertAccount(db, {
      id,
      kind: record.kind,
      service: record.service,
      name: record.name,
      url: record.url,
      user: record.user,
      status: 'needs-password',
      options: JSON.stringify(record.options),
      position: 'last',
      createdAt: now,
    });
    library.push(findAccountRow(db, id)!);
    map.set(record.id, id);
    tally.added += 1;
  }
  return map;
}

/** The library's id for an account a record names; a record naming an account the backup lacks is damage. */
export function accountOf(accounts: AccountMap, backupId: string): string {
  const id = accounts.get(backupId);
  if (id === undefined) throw new Error('a record names an account the backup does not list');
  return id;
}

function sameAccount(row: AccountRow, record: AccountRecord): boolean {
  return (
    row.kind === record.kind && row.service === record.service && row.url === record.url && row.user === record.user
  );
}

function freeId(db: Db, wanted: string): string {
  if (!findAccountRow(db, wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}-${n}`;
    if (!findAccountRow(db, candidate)) return candidate;
  }
}
