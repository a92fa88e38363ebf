/**
 * The rows a change of an account's subscriptions or folders starts from: which account a feed or section belongs
 * to, a feed's remote id and section, a section's folder name and remote id (null: made here, not on the service).
 */
import { ApiError } from '../../api/errors';
import { get, type Db } from '../db/sql';
import { requireFeed } from '../library/feeds';
import { requireSection, sectionAccount } from '../library/sections';

export interface AccountFeedRow {
  id: number;
  remoteId: string | null;
  sectionId: number | null;
}

export interface AccountSectionRow {
  id: number;
  name: string;
  remoteId: string | null;
}

/** The account of a feed the reader follows (a missing one is NOT_FOUND, as the library says it). */
export function feedAccountId(db: Db, feedId: string): string {
  const rowId = requireFeed(db, feedId);
  return get<{ account_id: string }>(db, 'SELECT account_id FROM feeds WHERE id = ?', rowId)!.account_id;
}

export function sectionAccountId(db: Db, sectionId: string): string {
  return sectionAccount(db, requireSection(db, sectionId));
}

export function accountFeed(db: Db, accountId: string, feedId: string): AccountFeedRow {
  const row = get<{ id: number; remote_id: string | null; section_id: number | null; account_id: string }>(
    db,
    'SELECT id, remote_id, section_id, account_id FROM feeds WHERE id = ?',
    requireFeed(db, feedId),
  )!;
  if (row.account_id !== accountId) throw new ApiError('INVALID_ARGUMENTS', 'That feed belongs to another account.');
  return { id: row.id, remoteId: row.remote_id, sectionId: row.section_id };
}

export function accountSection(db: Db, accountId: string, sectionId: string): AccountSectionRow {
  const row = get<{ id: number; name: string; remote_id: string | null; account_id: string }>(
    db,
    'SELECT id, name, remote_id, account_id FROM sections WHERE id = ?',
    requireSection(db, sectionId),
  )!;
  if (row.account_id !== accountId) throw new ApiError('INVALID_ARGUMENTS', 'That section belongs to another account.');
  return { id: row.id, name: row.name, remoteId: row.remote_id };
}

/** Whether another section of the account has this name (a service's folders are labels: one per name). */
export function sectionNamedInAccount(db: Db, accountId: string, name: string, exceptId: number | null): boolean {
  return (
    get(
      db,
      'SELECT 1 AS x FROM sections WHERE account_id = ? AND name = ? AND id IS NOT ?',
      accountId,
      name,
      exceptId,
    ) !== undefined
  );
}
