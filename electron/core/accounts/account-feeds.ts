/** Feeds and sections of one account, as subscribing into it needs them. */
import type { Feed } from '../../api/library-models';
import { ApiError } from '../../api/errors';
import { get, type Db } from '../db/sql';
import { feedStreamIdForUrl } from '../greader/streams';
import { getFeed } from '../library/feeds';
import { toRowId } from '../library/row-ids';

/** The folder name of one of the account's sections; another account's section is refused. */
export function sectionOfAccount(db: Db, accountId: string, sectionId: string): string {
  const row = get<{ name: string }>(
    db,
    'SELECT name FROM sections WHERE id = ? AND account_id = ?',
    toRowId(sectionId, 'section'),
    accountId,
  );
  if (!row) throw new ApiError('INVALID_ARGUMENTS', 'That section belongs to another account.');
  return row.name;
}

/** The feed the server subscribed to: by its address, or by the stream id servers derive from it. */
export function findSubscribedFeed(db: Db, accountId: string, url: string): Feed | null {
  const row = get<{ id: number }>(
    db,
    `SELECT id FROM feeds WHERE account_id = ? AND archived = 0 AND (url = ? OR remote_id = ?)
     ORDER BY id DESC LIMIT 1`,
    accountId,
    url,
    feedStreamIdForUrl(url),
  );
  return row ? getFeed(db, String(row.id)) : null;
}
