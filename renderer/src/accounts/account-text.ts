/**
 * How an account reads in Settings: its status in words, where it syncs, its counts, and the one message for a
 * refused password (the core's AUTH_REFUSED, whatever the server said).
 */
import { ApiError } from '@contract/errors';
import type { Account, AccountService, AccountStatus } from '@contract/methods/accounts';
import { describeError, toError } from '../errors/to-error';

export const STATUS_TEXT: Record<AccountStatus, string> = {
  ok: 'OK',
  syncing: 'Syncing…',
  'needs-password': 'Needs your password',
  error: 'Sync failed',
};

export const REFUSED_TEXT = 'The server refused this user name or password.';

/** The message a form shows for a failed call; a refused password always reads the same. */
export function formErrorText(error: unknown): string {
  if (error instanceof ApiError && error.code === 'AUTH_REFUSED') return REFUSED_TEXT;
  return describeError(toError(error));
}

export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'AUTH_REFUSED';
}

const SERVICE_NAMES: Record<AccountService, string> = {
  freshrss: 'FreshRSS',
  inoreader: 'Inoreader',
  theoldreader: 'The Old Reader',
  bazqux: 'BazQux Reader',
  miniflux: 'Miniflux',
  other: 'Google Reader API',
  fever: 'Fever API',
  'miniflux-api': 'Miniflux',
  nextcloud: 'Nextcloud News',
  feedbin: 'Feedbin',
};

/** "FreshRSS", or "Feeds Broadsheet checks itself" for the local account. */
export function serviceText(account: Account): string {
  return account.service ? SERVICE_NAMES[account.service] : 'Feeds Broadsheet checks itself';
}

/** "12 feeds · 1,204 unread", and " · 1,000 older ones still on the server" while those arrive. */
export function countsText(account: Account): string {
  const feeds = account.feedCount === 1 ? '1 feed' : `${account.feedCount.toLocaleString()} feeds`;
  const counts = `${feeds} · ${account.unreadCount.toLocaleString()} unread`;
  const waiting = toDownloadText(account);
  return waiting ? `${counts} · ${waiting}` : counts;
}

/** "1,000 older ones still on the server" (unread, counted, arriving a few hundred per sync), or null for none. */
export function toDownloadText(account: Account): string | null {
  const count = account.unreadToDownload;
  if (count === 0) return null;
  return count === 1 ? '1 older one still on the server' : `${count.toLocaleString()} older ones still on the server`;
}

/** The sync panel's "1,000 older unread articles still to come", or null for none. */
export function stillToComeText(account: Account): string | null {
  const count = account.unreadToDownload;
  if (count === 0) return null;
  return `${count === 1 ? '1 older unread article' : `${count.toLocaleString()} older unread articles`} still to come`;
}
