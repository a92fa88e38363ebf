/** Accounts and services for the Settings → Accounts tests, and a way to open that group in the whole app. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Account, AccountServiceInfo } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT, type FakeHandlers } from './fake-client';
import { libraryHandlers } from './library-handlers';
import { renderApp } from './render-app';

const GREADER_CAPABILITIES = {
  subscriptions: true,
  folders: true,
  starred: true,
  markAllOnServer: true,
  itemLabels: true,
};

export function remoteAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 'fresh',
    kind: 'greader',
    service: 'freshrss',
    name: 'FreshRSS at home',
    url: 'https://rss.example.com/api/greader.php',
    user: 'maria',
    status: 'ok',
    lastSyncAt: null,
    lastError: null,
    capabilities: GREADER_CAPABILITIES,
    feedCount: 42,
    unreadCount: 1204,
    unreadToDownload: 0,
    ...overrides,
  };
}

export const SERVICES: AccountServiceInfo[] = [
  {
    service: 'freshrss',
    kind: 'greader',
    label: 'FreshRSS',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  },
  {
    service: 'inoreader',
    kind: 'greader',
    label: 'Inoreader',
    needsUrl: false,
    defaultUrl: 'https://www.inoreader.com',
    needsAppCredentials: true,
  },
  {
    service: 'theoldreader',
    kind: 'greader',
    label: 'The Old Reader',
    needsUrl: false,
    defaultUrl: 'https://theoldreader.com',
    needsAppCredentials: false,
  },
  {
    service: 'other',
    kind: 'greader',
    label: 'Other Google Reader API server',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  },
];

/** Renders the app, opens Settings and returns the Accounts group once its list is shown. */
export async function openAccounts(accounts: Account[] = [LOCAL_ACCOUNT], overrides: FakeHandlers = {}) {
  const rendered = renderApp({
    ...libraryHandlers(),
    'accounts.list': () => accounts,
    'accounts.services': () => SERVICES,
    ...overrides,
  });
  await screen.findByRole('region', { name: 'Front page' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  const settings = await screen.findByRole('main', { name: 'Settings' });
  const group = within(settings).getByRole('region', { name: 'Accounts' });
  await within(group).findByRole('list', { name: 'Accounts' });
  return { ...rendered, user, group };
}

/** One account's card, by its name. */
export function accountRow(group: HTMLElement, name: string): HTMLElement {
  return within(group).getByRole('listitem', { name });
}
