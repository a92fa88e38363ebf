/**
 * One row per remote kind: how an account of that kind is tested before it is saved, what it can do, and the
 * backend the account service keeps for it. The account service asks this table and never the kind itself, so a
 * new protocol (Miniflux, Nextcloud News, Feedbin) is one more row here and its own files, nothing else.
 */
import type { AddAccountInput } from '../../api/methods/accounts';
import { createFeedbinClient } from '../feedbin/client';
import { feverApiKey } from '../fever/api-key';
import { createFeverClient } from '../fever/client';
import { createGReaderClient } from '../greader/client';
import { createNextcloudClient } from '../nextcloud/client';
import type { HttpTransport } from '../net/http-transport';
import type { AccountRow } from '../library/tables/accounts-table';
import { parseOptions, serviceOf } from './account-row-text';
import type { AccountCapabilities, RemoteAccountKind } from './backend';
import { createFeedbinAccount } from './feedbin-backend';
import { FEEDBIN_CAPABILITIES } from './feedbin-pusher';
import { createFeverAccount } from './fever-backend';
import { FEVER_CAPABILITIES } from './fever-pusher';
import { createGReaderAccountBackend } from './greader-account-backend';
import { createGReaderBackend } from './greader-backend';
import { greaderCapabilities } from './greader-pusher';
import { createMinifluxAccount } from './miniflux-backend';
import { testMinifluxCredentials } from './miniflux-credentials';
import { MINIFLUX_CAPABILITIES } from './miniflux-pusher';
import type { CheckedAccount, TestedAccount } from './new-account';
import { createNextcloudAccount } from './nextcloud-backend';
import { NEXTCLOUD_CAPABILITIES } from './nextcloud-pusher';
import type { RemoteAccount, RemoteAccountContext } from './remote-account';

export type { RemoteAccount, RemoteAccountContext } from './remote-account';

interface RemoteKindEntry {
  capabilities(row: Pick<AccountRow, 'service'>): AccountCapabilities;
  /**
   * Resolves when the server accepts the typed credentials (with what it says of the account, where the reader did
   * not type it: the user an API key belongs to); rejects with the protocol's error otherwise.
   */
  testCredentials(
    input: AddAccountInput,
    checked: CheckedAccount,
    transport: HttpTransport,
  ): Promise<TestedAccount | void>;
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
    await client.login(input.user ?? '', input.password);
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

const fever: RemoteKindEntry = {
  capabilities: () => FEVER_CAPABILITIES,
  async testCredentials(input, checked, transport) {
    await createFeverClient({
      transport,
      apiUrl: checked.url,
      apiKey: feverApiKey(input.user ?? '', input.password),
    }).check();
  },
  create: (context) => createFeverAccount(context),
};

const nextcloud: RemoteKindEntry = {
  capabilities: () => NEXTCLOUD_CAPABILITIES,
  async testCredentials(input, checked, transport) {
    await createNextcloudClient({
      transport,
      apiUrl: checked.url,
      user: input.user ?? '',
      password: input.password,
    }).status();
  },
  create: (context) => createNextcloudAccount(context),
};

const feedbin: RemoteKindEntry = {
  capabilities: () => FEEDBIN_CAPABILITIES,
  async testCredentials(input, checked, transport) {
    await createFeedbinClient({
      transport,
      apiUrl: checked.url,
      user: input.user ?? '',
      password: input.password,
    }).checkCredentials();
  },
  create: (context) => createFeedbinAccount(context),
};

export const REMOTE_KINDS: Readonly<Record<RemoteAccountKind, RemoteKindEntry>> = {
  greader,
  fever,
  miniflux: {
    capabilities: () => MINIFLUX_CAPABILITIES,
    testCredentials: (input, checked, transport) => testMinifluxCredentials(input, checked.url, transport),
    create: (context) => createMinifluxAccount(context),
  },
  nextcloud,
  feedbin,
};

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
