/**
 * An account as the reader sees it (`accounts.list`): its row, what its service can do, its counts (stored unread
 * plus the older ones still on the server), and its status as it truly is — the local account is "syncing" while
 * the feed polling runs, and a stored `syncing` with no sync of ours running was left by a process that stopped
 * mid-sync (a crash, a kill), so the status before it, which `lastError` tells, is shown.
 */
import type { Account } from '../../api/methods/accounts';
import type { Db } from '../db/sql';
import { LOCAL_ACCOUNT_ID, type AccountRow } from '../library/tables/accounts-table';
import { accountCounts } from './account-counts';
import { serviceOf } from './account-row-text';
import { remoteCapabilities, remoteKindOf } from './backend-factory';
import { LOCAL_CAPABILITIES } from './local-backend';

export interface AccountViewContext {
  db: Db;
  /** Whether a sync of this account runs in this process now. */
  syncing: (id: string) => boolean;
  local: { refreshing(): boolean; lastRefreshAt(): string | null };
}

export function accountView(row: AccountRow, context: AccountViewContext): Account {
  const counts = accountCounts(context.db, row.id);
  const local = row.id === LOCAL_ACCOUNT_ID;
  const kind = remoteKindOf(row);
  const shownStatus =
    row.status === 'syncing' && !context.syncing(row.id) ? (row.lastError === null ? 'ok' : 'error') : row.status;
  return {
    id: row.id,
    kind: local ? 'local' : kind,
    // A protocol of one kind names itself (`fever`, Miniflux's REST API `miniflux-api`: `miniflux` is its Google
    // Reader API variant); a Google Reader API account names its variant.
    service: local
      ? null
      : kind === 'greader'
        ? serviceOf(row.service).id
        : kind === 'miniflux'
          ? 'miniflux-api'
          : kind,
    name: row.name,
    url: row.url,
    user: row.user,
    status: local && context.local.refreshing() ? 'syncing' : shownStatus,
    lastSyncAt: local
      ? context.local.lastRefreshAt()
      : row.lastSyncAt === null
        ? null
        : new Date(row.lastSyncAt).toISOString(),
    lastError: row.lastError,
    capabilities: local ? LOCAL_CAPABILITIES : remoteCapabilities(row),
    feedCount: counts.feeds,
    unreadCount: counts.unread,
    unreadToDownload: counts.toDownload,
  };
}
