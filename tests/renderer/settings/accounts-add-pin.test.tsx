import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_FORMAT } from '@contract/certificate-fingerprint';
import type { AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount } from '../support/accounts';

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string | RegExp) => within(dialog()).getByLabelText(name);
const FINGERPRINT = 'ab'.repeat(32);
const PINNED = Array(32).fill('AB').join(':');

async function fillFreshRss() {
  const opened = await openAccounts([LOCAL_ACCOUNT], { 'accounts.add': (_input: AddAccountInput) => remoteAccount() });
  await opened.user.click(within(opened.group).getByRole('button', { name: 'Add account…' }));
  await within(dialog()).findByRole('combobox', { name: 'Service' });
  await opened.user.type(field('Server address'), 'https://rss.example.com');
  await opened.user.type(field('User name'), 'maria');
  await opened.user.type(field('API password'), 'correct horse');
  return opened;
}

describe('Settings → Accounts: pinning a server’s certificate', { timeout: 20_000 }, () => {
  it('sends the fingerprint typed under Advanced, in the form the server’s certificate is compared with', async () => {
    const { user, client } = await fillFreshRss();
    const advanced = within(dialog()).getByText('Advanced');
    expect(advanced.closest('details')).not.toHaveAttribute('open');
    await user.click(advanced);
    const pin = field(/Certificate fingerprint \(SHA-256/);
    expect(pin).toHaveAccessibleDescription(/accepts exactly that certificate and refuses any other/);
    await user.type(pin, FINGERPRINT);
    await user.click(within(dialog()).getByRole('button', { name: 'Test and add' }));

    expect(client.calls).toHaveBeenCalledWith(
      'accounts.add',
      expect.objectContaining({ url: 'https://rss.example.com', pinnedFingerprint: PINNED }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says what a fingerprint looks like, and adds nothing, when the text is not one', async () => {
    const { user, client } = await fillFreshRss();
    await user.click(within(dialog()).getByText('Advanced'));
    const pin = field(/Certificate fingerprint \(SHA-256/);
    await user.type(pin, 'AB:CD');
    await user.tab();
    expect(pin).toHaveAttribute('aria-invalid', 'true');
    expect(pin).toHaveAccessibleDescription(expect.stringContaining(FINGERPRINT_FORMAT));
    expect(within(dialog()).getByRole('button', { name: 'Test and add' })).toBeDisabled();
    expect(client.calls).not.toHaveBeenCalledWith('accounts.add', expect.anything());
  });

  it('asks for no fingerprint for a service that runs its own servers', async () => {
    const { user, group } = await openAccounts([LOCAL_ACCOUNT]);
    await user.click(within(group).getByRole('button', { name: 'Add account…' }));
    await user.selectOptions(await within(dialog()).findByRole('combobox', { name: 'Service' }), 'The Old Reader');
    expect(within(dialog()).queryByText('Advanced')).toBeNull();
  });
});
