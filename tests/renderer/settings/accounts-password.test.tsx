import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { accountRow, openAccounts, remoteAccount } from '../support/accounts';

describe('Settings → Accounts: the password', { timeout: 20_000 }, () => {
  it('an account that needs its password asks for it; a refused one is said inline and cleared', async () => {
    let accept = false;
    const { user, client, group } = await openAccounts([LOCAL_ACCOUNT, remoteAccount({ status: 'needs-password' })], {
      'accounts.setPassword': (id) => {
        if (!accept) throw new ApiError('AUTH_REFUSED', 'HTTP 401');
        return remoteAccount({ id, status: 'ok' });
      },
    });
    await user.click(within(accountRow(group, 'FreshRSS at home')).getByRole('button', { name: 'Enter password…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enter the password for “FreshRSS at home”' });
    const password = within(dialog).getByLabelText('API password');
    expect(password).toHaveFocus();
    expect(password).toHaveAttribute('type', 'password');

    await user.type(password, 'wrong{Enter}');
    expect(client.calls).toHaveBeenCalledWith('accounts.setPassword', 'fresh', 'wrong');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server refused this user name or password.',
    );
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();

    accept = true;
    await user.type(password, 'right');
    await user.click(within(dialog).getByRole('button', { name: 'Test and save' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.setPassword', 'fresh', 'right');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(group).getByText('The new password for “FreshRSS at home” works and is saved.')).toBeInTheDocument();
  });

  it('“Change password…” on a working account, which Cancel leaves as it was', async () => {
    const { user, client, group } = await openAccounts([LOCAL_ACCOUNT, remoteAccount()]);
    await user.click(within(accountRow(group, 'FreshRSS at home')).getByRole('button', { name: 'Change password…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the password for “FreshRSS at home”' });
    expect(dialog).toHaveTextContent('User maria at https://rss.example.com/api/greader.php.');
    expect(within(dialog).getByRole('button', { name: 'Test and save' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('accounts.setPassword', expect.anything(), expect.anything());
  });
});
