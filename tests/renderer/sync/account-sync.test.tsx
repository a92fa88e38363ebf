import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account } from '@contract/methods/accounts';
import { remoteAccount } from '../support/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { renderApp } from '../support/render-app';
import { twoAccountHandlers } from '../support/two-accounts';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const refreshRegion = () => screen.getByRole('region', { name: 'Refresh' });
const services = () => within(refreshRegion()).findByRole('list', { name: 'Sync services' });
const line = (list: HTMLElement, name: string) =>
  within(list)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(name))!;

const HOME = remoteAccount({ id: 'home', name: 'FreshRSS at home', lastSyncAt: minutesAgo(5) });
const WORK = remoteAccount({
  id: 'work',
  name: 'Work Inoreader',
  service: 'inoreader',
  status: 'needs-password',
  lastError: 'Inoreader no longer accepts the saved password.',
});
const CLUB = remoteAccount({
  id: 'club',
  name: 'Reading club',
  status: 'error',
  lastError: 'rss.example.com did not answer within 30 seconds.',
});

describe('each sync service in the sync panel', { timeout: 30_000 }, () => {
  it('is not there with this computer alone', async () => {
    renderApp(twoAccountHandlers([LOCAL_ACCOUNT]));
    await screen.findByRole('list', { name: 'Sections' });
    expect(within(refreshRegion()).queryByRole('list', { name: 'Sync services' })).toBeNull();
  });

  it('shows when each service last synced, or what went wrong and the way out', async () => {
    const { client } = renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, HOME, WORK, CLUB], {
        'accounts.sync': () => ({ ...CLUB, status: 'syncing' }),
      }),
    );
    const list = await services();
    // This computer's feeds are the refresh line above.
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    const home = line(list, 'FreshRSS at home');
    expect(home).toHaveTextContent('FreshRSS at homeSynced 5 min ago');
    expect(within(home).getByText('5 min ago').tagName).toBe('TIME');
    expect(within(home).queryByRole('button')).toBeNull();

    const work = line(list, 'Work Inoreader');
    expect(work).toHaveTextContent('Needs your password');
    expect(work).toHaveTextContent('Inoreader no longer accepts the saved password.');
    const club = line(list, 'Reading club');
    expect(club).toHaveTextContent('Sync failed');
    expect(club).toHaveTextContent('rss.example.com did not answer within 30 seconds.');

    await userEvent.click(within(club).getByRole('button', { name: 'Try again' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.sync', 'club');

    const enter = within(work).getByRole('button', { name: 'Enter password…' });
    expect(enter).toHaveAccessibleDescription('Work Inoreader');
    await userEvent.click(enter);
    const settings = await screen.findByRole('main', { name: 'Settings' });
    expect(within(settings).getByRole('region', { name: 'Accounts' })).toBeInTheDocument();
  });

  it('follows accounts.changed: syncing, then synced', async () => {
    const { client } = renderApp(twoAccountHandlers([LOCAL_ACCOUNT, { ...HOME, lastSyncAt: null }]));
    const list = await services();
    expect(line(list, 'FreshRSS at home')).toHaveTextContent('Not synced yet');
    const emit = (account: Account) => client.emit('accounts.changed', [LOCAL_ACCOUNT, account]);
    emit({ ...HOME, status: 'syncing', lastSyncAt: null });
    expect(await within(list).findByText('Syncing…')).toBeInTheDocument();
    emit({ ...HOME, lastSyncAt: new Date().toISOString() });
    expect(await within(list).findByText('just now')).toBeInTheDocument();
    expect(within(list).queryByText('Syncing…')).toBeNull();
  });

  it('says how many older unread articles are still to come, until none is', async () => {
    const { client } = renderApp(twoAccountHandlers([LOCAL_ACCOUNT, { ...HOME, unreadToDownload: 1000 }]));
    const list = await services();
    expect(line(list, 'FreshRSS at home')).toHaveTextContent('1,000 older unread articles still to come');
    client.emit('accounts.changed', [LOCAL_ACCOUNT, { ...HOME, unreadToDownload: 0 }]);
    await waitFor(() => expect(line(list, 'FreshRSS at home')).not.toHaveTextContent('still to come'));
  });
});
