/**
 * A library in two accounts behind the fake client: this computer (World with two feeds, Technology with one, a
 * feed in no section) and a FreshRSS account (Tech news and Politics, one feed each, and one in no folder).
 */
import type { Feed } from '@contract/library-models';
import type { Account } from '@contract/methods/accounts';
import type { Section } from '@contract/models';
import { remoteAccount } from './accounts';
import { LOCAL_ACCOUNT, type FakeHandlers } from './fake-client';
import { counts, feed, section } from './library-data';

export const FRESH = remoteAccount({ id: 'fresh', name: 'FreshRSS at home', feedCount: 3, unreadCount: 7 });

/** A service that keeps subscriptions and folders to itself (as Fever does). */
export const LOCKED: Account = remoteAccount({
  id: 'locked',
  name: 'Reading club',
  service: 'other',
  capabilities: { subscriptions: false, folders: false, starred: true, markAllOnServer: false, itemLabels: false },
});

const inFresh = (item: Section) => ({ ...item, accountId: 'fresh' });

export const SECTIONS: Section[] = [
  section('s1', 'World', 1, 9),
  section('s2', 'Technology', 2, 3),
  inFresh(section('r1', 'Tech news', 1, 5)),
  inFresh(section('r2', 'Politics', 2, 2)),
];

export const FEEDS: Feed[] = [
  feed('f1', 'The Daily Courier', 's1'),
  feed('f2', 'Harbour Gazette', 's1', { position: 1 }),
  feed('f3', 'Ars Machina', 's2'),
  feed('f4', 'Loose Leaf', null),
  feed('g1', 'Hacker Wire', 'r1', { accountId: 'fresh' }),
  feed('g2', 'Capitol Notes', 'r2', { accountId: 'fresh' }),
  feed('g3', 'Stray Post', null, { accountId: 'fresh' }),
];

/** The two-account library; `accounts` replaces the account list (e.g. with a status to show). */
export function twoAccountHandlers(
  accounts: Account[] = [LOCAL_ACCOUNT, FRESH],
  overrides: FakeHandlers = {},
): FakeHandlers {
  return {
    'accounts.list': () => accounts,
    'sections.list': () => SECTIONS,
    'feeds.list': () => FEEDS,
    'articles.counts': () =>
      counts(19, {
        sections: [
          { id: 's1', unread: 9 },
          { id: 's2', unread: 3 },
          { id: 'r1', unread: 5 },
          { id: 'r2', unread: 2 },
        ],
        feeds: [
          { id: 'f1', unread: 9 },
          { id: 'g1', unread: 5 },
        ],
      }),
    ...overrides,
  };
}
