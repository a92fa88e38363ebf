import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { accountRow, openAccounts, remoteAccount } from '../support/accounts';

const ACCOUNTS = [LOCAL_ACCOUNT, remoteAccount()];

async function openRemoveDialog() {
  const opened = await openAccounts(ACCOUNTS, { 'accounts.remove': () => null });
  await opened.user.click(
    within(accountRow(opened.group, 'FreshRSS at home')).getByRole('button', { name: 'Remove…' }),
  );
  const dialog = await screen.findByRole('dialog', { name: 'Remove “FreshRSS at home”?' });
  return { ...opened, dialog };
}

describe('Settings → Accounts: removing an account', { timeout: 20_000 }, () => {
  it('asks whether to keep the bookmarks, starting on Cancel, and says nothing changes on the server', async () => {
    const { dialog } = await openRemoveDialog();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(dialog).toHaveTextContent('nothing changes on https://rss.example.com/api/greader.php');
    expect(dialog).toHaveTextContent('Keep its bookmarked articles');
    expect(within(dialog).getByRole('button', { name: 'Remove, keep bookmarks' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Remove with its bookmarks' })).toBeInTheDocument();
  });

  it('keeps the bookmarks as local copies when asked to', async () => {
    const { dialog, user, client, group } = await openRemoveDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Remove, keep bookmarks' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.remove', 'fresh', { keepBookmarks: true });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      within(group).getByText('Removed “FreshRSS at home”; its bookmarks are kept on this computer.'),
    ).toBeInTheDocument();
  });

  it('removes the bookmarks too when the reader chooses that', async () => {
    const { dialog, user, client, group } = await openRemoveDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Remove with its bookmarks' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.remove', 'fresh', { keepBookmarks: false });
    expect(await within(group).findByText('Removed “FreshRSS at home” and its bookmarks.')).toBeInTheDocument();
  });

  it('Cancel and Escape remove nothing', async () => {
    const { dialog, user, client, group } = await openRemoveDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(accountRow(group, 'FreshRSS at home')).getByRole('button', { name: 'Remove…' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('accounts.remove', expect.anything(), expect.anything());
  });
});
