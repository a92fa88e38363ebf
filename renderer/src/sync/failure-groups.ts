/**
 * Failed feeds summed up the way a reader thinks of them: by cause and host. Six feeds on one unreachable host
 * are one problem ("bbc.co.uk can't be reached"), told once, with the reason and when each last worked.
 */
import type { FailureCause, Feed } from '@contract/library-models';

export interface FailureGroup {
  key: string;
  cause: FailureCause;
  /** One line a person reads first: what went wrong, and where. */
  headline: string;
  /** The fetcher's own message for the first feed of the group: what happened and what to do. */
  reason: string;
  feeds: Feed[];
  /** The latest time any feed of the group was refreshed successfully (ISO), or null for never. */
  lastSuccessAt: string | null;
}

/** Causes that belong to a server: feeds on the same host share them. The rest are per feed's own content. */
const BY_HOST = new Set<FailureCause>(['unreachable', 'timeout', 'security', 'busy', 'http']);

const HEADLINES: Record<FailureCause, (host: string) => string> = {
  unreachable: (host) => `${host} can’t be reached`,
  timeout: (host) => `${host} is too slow to answer`,
  security: (host) => `${host}’s secure connection can’t be trusted`,
  busy: (host) => `${host} asked to wait before the next refresh`,
  http: (host) => `${host} answered with an error`,
  'not-a-feed': () => 'No longer a readable feed',
  'too-large': () => 'Too large to download',
  redirect: () => 'Sent to an address Broadsheet won’t follow',
  gone: () => 'Removed by the publisher',
  storage: () => 'Could not be saved on this computer',
  internal: () => 'Broadsheet failed while reading them',
  other: () => 'Other problems',
};

export function groupFailures(feeds: readonly Feed[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const feed of feeds) {
    const reason = feed.sync.lastError;
    if (reason === null) continue;
    const cause = feed.sync.lastErrorCause ?? 'other';
    const host = BY_HOST.has(cause) ? hostOf(feed.url) : '';
    const key = `${cause} ${host}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, cause, headline: HEADLINES[cause](host), reason, feeds: [], lastSuccessAt: null };
      groups.set(key, group);
    }
    group.feeds.push(feed);
    group.lastSuccessAt = later(group.lastSuccessAt, feed.sync.lastSuccessAt);
  }
  // Most feeds first: the problem that costs the reader most news leads.
  return [...groups.values()].sort((a, b) => b.feeds.length - a.feeds.length || a.headline.localeCompare(b.headline));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
