import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';
import { accountRow, openAccounts, remoteAccount } from '../support/accounts';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('Settings → Accounts: the list', { timeout: 20_000 }, () => {
  it('lists this computer first, then each account with its service, server, user, last sync and counts', async () => {
    const synced = minutesAgo(5);
    const { group } = await openAccounts([
      remoteAccount({ lastSyncAt: synced }),
      { ...LOCAL_ACCOUNT, feedCount: 1, unreadCount: 3 },
    ]);
    const rows = within(group).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('heading').textContent)).toEqual([
      'On this computer',
      'FreshRSS at home',
    ]);

    const fresh = accountRow(group, 'FreshRSS at home');
    expect(fresh).toHaveTextContent('FreshRSS · https://rss.example.com/api/greader.php · maria');
    expect(fresh).toHaveTextContent('Last synced 5 min ago · 42 feeds · 1,204 unread');
    expect(fresh).toHaveTextContent('OK');
    const time = within(fresh).getByText('5 min ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', synced);
    expect(time.getAttribute('title')).toMatch(new RegExp(String(new Date(synced).getFullYear())));
    for (const name of ['Sync now', 'Change password…', 'Remove…']) {
      expect(within(fresh).getByRole('button', { name })).toHaveAccessibleDescription('FreshRSS at home');
    }

    const local = accountRow(group, 'On this computer');
    expect(local).toHaveTextContent('Feeds Broadsheet checks itself');
    expect(local).toHaveTextContent('Not synced yet · 1 feed · 3 unread');
    expect(within(local).getByRole('button', { name: 'Sync now' })).toBeEnabled();
    expect(within(local).queryByRole('button', { name: 'Remove…' })).toBeNull();
    expect(within(local).queryByRole('button', { name: /password/ })).toBeNull();
  });

  it('shows each status in words: syncing, needs your password, failed with the last error', async () => {
    const { group } = await openAccounts([
      LOCAL_ACCOUNT,
      remoteAccount({ id: 'a', name: 'Syncing one', status: 'syncing' }),
      remoteAccount({
        id: 'b',
        name: 'Locked one',
        status: 'needs-password',
        lastError: 'The server no longer accepts the saved password.',
      }),
      remoteAccount({ id: 'c', name: 'Broken one', status: 'error', lastError: 'rss.example.com did not answer.' }),
    ]);

    const syncing = accountRow(group, 'Syncing one');
    expect(syncing).toHaveTextContent('Syncing…');
    expect(within(syncing).getByRole('button', { name: 'Syncing…' })).toBeDisabled();

    const locked = accountRow(group, 'Locked one');
    expect(locked).toHaveTextContent('Needs your password');
    expect(locked).toHaveTextContent('The server no longer accepts the saved password.');
    expect(within(locked).getByRole('button', { name: 'Enter password…' })).toBeInTheDocument();

    const broken = accountRow(group, 'Broken one');
    expect(broken).toHaveTextContent('Sync failed');
    expect(broken).toHaveTextContent('rss.example.com did not answer.');
    expect(within(broken).getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });

  it('follows accounts.changed: a sync starting and ending shows without reopening', async () => {
    const { group, client } = await openAccounts([LOCAL_ACCOUNT, remoteAccount()]);
    client.emit('accounts.changed', [LOCAL_ACCOUNT, remoteAccount({ status: 'syncing' })]);
    expect(
      await within(accountRow(group, 'FreshRSS at home')).findByText('Syncing…', { selector: 'span' }),
    ).toBeInTheDocument();
    client.emit('accounts.changed', [
      LOCAL_ACCOUNT,
      remoteAccount({ status: 'ok', lastSyncAt: minutesAgo(0), unreadCount: 7 }),
    ]);
    await waitFor(() =>
      expect(accountRow(group, 'FreshRSS at home')).toHaveTextContent('Last synced just now · 42 feeds · 7 unread'),
    );
  });

  it('“Sync now” asks the core to sync that account, and says why when it cannot', async () => {
    let refuse = false;
    const { group, user, client } = await openAccounts([LOCAL_ACCOUNT, remoteAccount()], {
      'accounts.sync': (id) => {
        if (refuse) throw new ApiError('UNAVAILABLE', 'You are offline: the account syncs when you are back online.');
        return remoteAccount({ id, status: 'syncing' });
      },
    });
    const fresh = accountRow(group, 'FreshRSS at home');
    await user.click(within(fresh).getByRole('button', { name: 'Sync now' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.sync', 'fresh');

    refuse = true;
    await user.click(within(fresh).getByRole('button', { name: 'Sync now' }));
    expect(await within(fresh).findByRole('alert')).toHaveTextContent(
      'You are offline: the account syncs when you are back online.',
    );
  });

  it('counts the older unread articles still on the server in the unread count, and says how many they are', async () => {
    const { group } = await openAccounts([LOCAL_ACCOUNT, remoteAccount({ unreadCount: 1204, unreadToDownload: 1000 })]);
    expect(accountRow(group, 'FreshRSS at home')).toHaveTextContent(
      '42 feeds · 1,204 unread · 1,000 older ones still on the server',
    );
  });

  it('chooses how many days of unread articles a sync service’s first sync downloads', async () => {
    const { group, user, client } = await openAccounts();
    const choice = within(group).getByRole('combobox', { name: 'Download unread articles at first' });
    expect(choice).toHaveDisplayValue('From the last 90 days');
    expect(choice).toHaveAccessibleDescription(/Older unread articles count as unread at once/);
    await user.selectOptions(choice, 'All of them');
    expect(client.calls).toHaveBeenCalledWith('settings.update', { accountUnreadDays: 'all' });
    await user.selectOptions(choice, 'From the last 7 days');
    expect(client.calls).toHaveBeenCalledWith('settings.update', { accountUnreadDays: 7 });
  });

  it('offers to try again when the accounts cannot be loaded', async () => {
    let fail = true;
    renderApp({
      ...libraryHandlers(),
      'accounts.list': () => {
        if (fail) throw new ApiError('CORE_UNAVAILABLE', 'The core is restarting.');
        return [LOCAL_ACCOUNT];
      },
    });
    await screen.findByRole('region', { name: 'Front page' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const group = within(await screen.findByRole('main', { name: 'Settings' })).getByRole('region', {
      name: 'Accounts',
    });
    const problem = await within(group).findByRole('alert');
    expect(problem).toHaveTextContent('Your accounts could not be loaded.');
    expect(problem).toHaveTextContent('The core is restarting.');
    fail = false;
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(await within(group).findByRole('listitem', { name: 'On this computer' })).toBeInTheDocument();
  });
});
