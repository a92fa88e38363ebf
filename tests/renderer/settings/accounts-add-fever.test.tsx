import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountServiceInfo, AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount, SERVICES } from '../support/accounts';

/** The Fever entry as the core lists it (core/accounts/new-account.ts). */
const FEVER: AccountServiceInfo = {
  service: 'fever',
  kind: 'fever',
  label: 'Fever API (FreshRSS, Miniflux, Tiny Tiny RSS…)',
  needsUrl: true,
  defaultUrl: null,
  needsAppCredentials: false,
  cannot: 'Cannot add or remove feeds or rename folders: do that on the server’s own site.',
};

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string) => within(dialog()).getByLabelText(name);

describe('Settings → Accounts: adding a Fever account', { timeout: 20_000 }, () => {
  it('offers Fever with what it cannot do, and sends a fever account with its endpoint', async () => {
    const added: AddAccountInput[] = [];
    const opened = await openAccounts([LOCAL_ACCOUNT], {
      'accounts.services': () => [...SERVICES, FEVER],
      'accounts.add': (input: AddAccountInput): Account => {
        added.push(input);
        return remoteAccount({ kind: 'fever', service: 'fever', name: 'Fever at home' });
      },
    });
    const { user, group } = opened;
    await user.click(within(group).getByRole('button', { name: 'Add account…' }));
    const service = await within(dialog()).findByRole('combobox', { name: 'Service' });
    // A Google Reader service says nothing of the sort.
    expect(within(dialog()).queryByText(/Cannot add or remove feeds/)).toBeNull();
    await user.selectOptions(service, 'Fever API (FreshRSS, Miniflux, Tiny Tiny RSS…)');
    expect(
      within(dialog()).getByText('Cannot add or remove feeds or rename folders: do that on the server’s own site.'),
    ).toBeInTheDocument();
    expect(field('Server address')).toHaveAccessibleDescription(/api\/fever\.php/);
    await user.type(field('Server address'), 'https://rss.example.com/api/fever.php');
    await user.type(field('User name'), 'maria');
    await user.type(field('API password'), 'correct horse');
    await user.click(within(dialog()).getByRole('button', { name: 'Test and add' }));
    expect(added).toEqual([
      { kind: 'fever', url: 'https://rss.example.com/api/fever.php', user: 'maria', password: 'correct horse' },
    ]);
    expect(await within(group).findByText('Added “Fever at home”. Its first sync has started.')).toBeInTheDocument();
  });
});
