/**
 * One row per remote kind: how an account of that kind is tested before it is saved, what it can do, and the
 * backend the account service keeps for it. The account service asks this table and never the kind itself, so a
 * new protocol (Miniflux, Nextcloud News, Feedbin) is one more row here and its own files, nothing else.
 */
import { ApiError } from '../../api/errors';
import type { AddAccountInput } from '../../api/methods/accounts';
import type { Db } from '../db/sql';
import { createGReaderClient } from '../greader/client';
import type { HttpTransport } from '../net/http-transport';
import type { AccountRow } from '../library/tables/accounts-table';
import { parseOptions, serviceOf } from './account-row-text';
import type { AccountBackend, AccountCapabilities, RemoteAccountKind } from './backend';
import { createGReaderAccountBackend } from './greader-account-backend';
import { createGReaderBackend } from './greader-backend';
import { greaderCapabilities } from './greader-pusher';
import type { CheckedAccount } from './new-account';

/** What the account service hands a backend it builds for a row. */
export interface RemoteAccountContext {
  db: () => Db;
  row: AccountRow;
  /** The core's network, accepting only the row's pinned certificate when it has one. */
  transport: HttpTransport;
  /** The password the host handed over (memory only), or null. */
  password: () => string | null;
  /** Inoreader's App key (memory only), or null. */
  appKey: () => string | null;
  now: () => number;
  /** The reader's "download unread articles from the last N days", read at each sync (null: all). */
  bodyDays: () => number | null;
  /** The account's sync as the account service runs it (one at a time); answers its error, or null. */
  syncNow: () => Promise<string | null>;
}

/** One remote account as the account service keeps it: built once per row, its session in memory. */
export interface RemoteAccount {
  /** Library ids, the one shape every backend has. */
  readonly backend: AccountBackend;
  /** Subscribes on the server into the folder named so (an import into the account, a feed moved to it). */
  subscribeInFolder(url: string, folderName: string | null, signal?: AbortSignal): Promise<void>;
}

interface RemoteKindEntry {
  capabilities(row: Pick<AccountRow, 'service'>): AccountCapabilities;
  /** Resolves when the server accepts the typed credentials; rejects with the protocol's error otherwise. */
  testCredentials(input: AddAccountInput, checked: CheckedAccount, transport: HttpTransport): Promise<void>;
  create(context: RemoteAccountContext): RemoteAccount;
}

const greader: RemoteKindEntry = {
  capabilities: (row) => greaderCapabilities(serviceOf(row.service)),
  async testCredentials(input, checked, transport) {
    const client = createGReaderClient({
      transport,
      apiUrl: checked.url,
      service: serviceOf(checked.serviceId),
      ...(input.appId ? { appId: input.appId } : {}),
      ...(input.appKey ? { appKey: input.appKey } : {}),
    });
    await client.login(input.user, input.password);
  },
  create(context) {
    const { row } = context;
    const settings = parseOptions(row.options);
    const appKey = context.appKey();
    const client = createGReaderClient({
      transport: context.transport,
      apiUrl: row.url ?? '',
      service: serviceOf(row.service),
      ...(settings.appId ? { appId: settings.appId } : {}),
      ...(appKey ? { appKey } : {}),
    });
    const protocol = createGReaderBackend({
      db: context.db,
      accountId: row.id,
      user: row.user ?? '',
      client,
      password: context.password,
      now: context.now,
      bodyDays: context.bodyDays,
    });
    return {
      backend: createGReaderAccountBackend({
        db: context.db,
        row,
        greader: protocol,
        password: context.password,
        syncNow: context.syncNow,
      }),
      subscribeInFolder: (url, folderName, signal) => protocol.subscribe(url, folderName, signal),
    };
  },
};

const notYet: RemoteKindEntry = {
  capabilities: () => ({
    subscriptions: false,
    folders: false,
    starred: true,
    markAllOnServer: false,
    itemLabels: false,
  }),
  testCredentials: () => Promise.reject(new ApiError('UNAVAILABLE', 'Fever accounts are not available yet.')),
  create: () => {
    throw new ApiError('UNAVAILABLE', 'Fever accounts are not available yet.');
  },
};

export const REMOTE_KINDS: Readonly<Record<RemoteAccountKind, RemoteKindEntry>> = { greader, fever: notYet };

/** The row's kind; one this version does not know is read as the Google Reader API (the first kind there was). */
export function remoteKindOf(row: Pick<AccountRow, 'kind'>): RemoteAccountKind {
  return Object.hasOwn(REMOTE_KINDS, row.kind) ? (row.kind as RemoteAccountKind) : 'greader';
}

export function remoteCapabilities(row: Pick<AccountRow, 'kind' | 'service'>): AccountCapabilities {
  return REMOTE_KINDS[remoteKindOf(row)].capabilities(row);
}

export function createRemoteAccount(context: RemoteAccountContext): RemoteAccount {
  return REMOTE_KINDS[remoteKindOf(context.row)].create(context);
}
