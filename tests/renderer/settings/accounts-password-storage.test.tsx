import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PasswordStorage } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount } from '../support/accounts';

const WEAK =
  'Passwords are stored with weak protection on this computer: your desktop has no keyring Broadsheet can use.';

const open = (kind: PasswordStorage['kind']) =>
  openAccounts([LOCAL_ACCOUNT, remoteAccount()], { 'accounts.passwordStorage': () => ({ kind }) });

describe('Settings → Accounts: how passwords are kept', { timeout: 20_000 }, () => {
  it('says nothing where the system keychain seals them', async () => {
    const { group, client } = await open('keychain');
    await within(group).findByText('FreshRSS at home');
    expect(client.calls).toHaveBeenCalledWith('accounts.passwordStorage');
    expect(group).not.toHaveTextContent(/weak protection|unencrypted/);
  });

  it('tells the reader when the desktop has no keyring Broadsheet can use', async () => {
    const { group, client } = await open('weak-keychain');
    expect(await within(group).findByText(new RegExp(`^${WEAK}`))).toHaveTextContent(
      /sealed with a key any program could know\. Set up a keyring \(such as GNOME Keyring or KWallet\)/,
    );
    expect(client.calls).toHaveBeenCalledWith('accounts.passwordStorage');
  });

  it('says they are unencrypted where the system cannot encrypt at all', async () => {
    const { group } = await open('no-keychain');
    expect(await within(group).findByText(new RegExp(`^${WEAK}`))).toHaveTextContent(
      'They are kept unencrypted in a file only your user account can read.',
    );
  });

  it('says truthfully where the browser preview keeps them', async () => {
    const { group } = await open('private-file');
    expect(
      await within(group).findByText(
        /^The browser preview has no keychain: passwords are kept unencrypted in secrets\.json/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(`^${WEAK}`))).toBeNull();
  });
});
