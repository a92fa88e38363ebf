/**
 * A stand-in until the accounts service lands (issue 15): the account methods answered for the one account every
 * library has, "On this computer", whose sync is today's polling. Adding a sync service is refused with a clear
 * UNAVAILABLE, so the contract, the host's secret handling and Settings → Accounts can be built and tested
 * against it. The real service (rows in `accounts`, backends, credentials in memory) replaces this file whole.
 */
import type { CoreCallName, EventEmitter, Handlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { LOCAL_ACCOUNT_ID, type Account, type AccountServiceInfo } from '../../api/methods/accounts';
import { countUnread } from '../library/articles/counts';
import type { Library } from '../library/open-library';

export type AccountCoreMethod = Extract<CoreCallName, `accounts.${string}` | `internal.${string}`>;

/** The Google Reader API services a reader can pick, as the greader variants will declare them. */
export const ACCOUNT_SERVICES: AccountServiceInfo[] = [
  service('freshrss', 'FreshRSS', { needsUrl: true }),
  service('inoreader', 'Inoreader', { defaultUrl: 'https://www.inoreader.com', needsAppCredentials: true }),
  service('theoldreader', 'The Old Reader', { defaultUrl: 'https://theoldreader.com' }),
  service('bazqux', 'BazQux Reader', { defaultUrl: 'https://bazqux.com' }),
  service('miniflux', 'Miniflux', { needsUrl: true }),
  service('other', 'Other Google Reader API server', { needsUrl: true }),
];

export interface LocalOnlyAccountOptions {
  emit: EventEmitter;
  now: () => number;
  /** Whether a refresh is running right now. */
  refreshing: () => boolean;
  /** When the last refresh finished (ISO), if one did since start. */
  lastRefreshAt: () => string | null;
  /** Starts refreshing every feed (progress comes as sync events). */
  refreshAll: () => void;
}

export function createLocalOnlyAccountHandlers(
  library: Library,
  options: LocalOnlyAccountOptions,
): { handlers: Handlers<AccountCoreMethod>; notifyChanged(): void } {
  const local = (): Account => {
    const counts = countUnread(library.db(), options.now());
    return {
      id: LOCAL_ACCOUNT_ID,
      kind: 'local',
      service: null,
      name: 'On this computer',
      url: null,
      user: null,
      status: options.refreshing() ? 'syncing' : 'ok',
      lastSyncAt: options.lastRefreshAt(),
      lastError: null,
      capabilities: { subscriptions: true, folders: true, starred: true, markAllOnServer: false, itemLabels: false },
      feedCount: counts.feeds.length,
      unreadCount: counts.unread,
    };
  };
  const known = (id: string): Account => {
    if (id !== LOCAL_ACCOUNT_ID) throw new ApiError('NOT_FOUND', 'There is no such account.');
    return local();
  };
  const handlers: Handlers<AccountCoreMethod> = {
    'accounts.services': () => ACCOUNT_SERVICES,
    'accounts.list': () => [local()],
    'accounts.sync': (id) => {
      known(id);
      options.refreshAll();
      return local();
    },
    'internal.addAccount': () => {
      throw new ApiError('UNAVAILABLE', 'This version of Broadsheet cannot connect to sync services yet.');
    },
    'internal.setAccountPassword': (id) => {
      known(id);
      throw new ApiError('CONFLICT', 'The feeds on this computer need no password.');
    },
    'internal.removeAccount': (id) => {
      known(id);
      throw new ApiError('CONFLICT', 'The feeds on this computer cannot be removed as an account.');
    },
    'internal.setAccountCredentials': () => null,
  };
  return { handlers, notifyChanged: () => options.emit('accounts.changed', [local()]) };
}

function service(
  id: AccountServiceInfo['service'],
  label: string,
  needs: { needsUrl?: boolean; defaultUrl?: string; needsAppCredentials?: boolean },
): AccountServiceInfo {
  return {
    service: id,
    kind: 'greader',
    label,
    needsUrl: needs.needsUrl ?? false,
    defaultUrl: needs.defaultUrl ?? null,
    needsAppCredentials: needs.needsAppCredentials ?? false,
  };
}
