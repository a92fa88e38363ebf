import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountServiceInfo, AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount, SERVICES } from '../support/accounts';

/** The Feedbin entry as the core lists it (core/accounts/new-account.ts). */
const FEEDBIN: AccountServiceInfo = {
  service: 'feedbin',
  kind: 'feedbin',
  label: 'Feedbin',
  needsUrl: false,
  defaultUrl: 'https://api.feedbin.com/v2/',
  needsAppCredentials: false,
};

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string) => within(dialog()).getByLabelText(name);

describe('Settings → Accounts: adding a Feedbin account', { timeout: 20_000 }, () => {
  it('offers Feedbin at its own address, asks for the email and password, and sends a feedbin account', async () => {
    const added: AddAccountInput[] = [];
    const opened = await openAccounts([LOCAL_ACCOUNT], {
      'accounts.services': () => [...SERVICES, FEEDBIN],
      'accounts.add': (input: AddAccountInput): Account => {
        added.push(input);
        return remoteAccount({ kind: 'feedbin', service: 'feedbin', name: 'Feedbin (maria@example.com)' });
      },
    });
    const { user, group } = opened;
    await user.click(within(group).getByRole('button', { name: 'Add account…' }));
    const service = await within(dialog()).findByRole('combobox', { name: 'Service' });
    await user.selectOptions(service, 'Feedbin');
    // No address to type: it connects to Feedbin's own, and says so; Feedbin can do everything, so no "Cannot" line.
    expect(within(dialog()).queryByLabelText('Server address')).toBeNull();
    expect(within(dialog()).getByText('Connects to https://api.feedbin.com/v2/.')).toBeInTheDocument();
    expect(within(dialog()).queryByText(/^Cannot /)).toBeNull();
    expect(field('Password')).toHaveAccessibleDescription(/email address and password you sign in to feedbin\.com/);
    await user.type(field('Email'), 'maria@example.com');
    await user.type(field('Password'), 'correct horse');
    await user.click(within(dialog()).getByRole('button', { name: 'Test and add' }));
    expect(added).toEqual([{ kind: 'feedbin', user: 'maria@example.com', password: 'correct horse' }]);
    expect(
      await within(group).findByText('Added “Feedbin (maria@example.com)”. Its first sync has started.'),
    ).toBeInTheDocument();
  });
});
