import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountServiceInfo, AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount, SERVICES } from '../support/accounts';

/** The Nextcloud News entry as the core lists it (core/accounts/new-account.ts): it can do everything here. */
const NEXTCLOUD: AccountServiceInfo = {
  service: 'nextcloud',
  kind: 'nextcloud',
  label: 'Nextcloud News',
  needsUrl: true,
  defaultUrl: null,
  needsAppCredentials: false,
  can: 'Read and starred articles stay in step both ways; feeds and folders you add, rename, move or remove here change on the server too.',
};

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string) => within(dialog()).getByLabelText(name);

describe('Settings → Accounts: adding a Nextcloud News account', { timeout: 20_000 }, () => {
  it('asks for the Nextcloud’s address and says an app password works, then sends a nextcloud account', async () => {
    const added: AddAccountInput[] = [];
    const opened = await openAccounts([LOCAL_ACCOUNT], {
      'accounts.services': () => [...SERVICES, NEXTCLOUD],
      'accounts.add': (input: AddAccountInput): Account => {
        added.push(input);
        return remoteAccount({ kind: 'nextcloud', service: 'nextcloud', name: 'Nextcloud News (maria)' });
      },
    });
    const { user, group } = opened;
    await user.click(within(group).getByRole('button', { name: 'Add account…' }));
    const service = await within(dialog()).findByRole('combobox', { name: 'Service' });
    await user.selectOptions(service, 'Nextcloud News');
    // What it keeps in step, and nothing it cannot do: no "Cannot …" line.
    expect(within(dialog()).getByText(NEXTCLOUD.can!)).toBeInTheDocument();
    expect(within(dialog()).queryByText(/^Cannot /)).toBeNull();
    expect(field('Server address')).toHaveAccessibleDescription(/https:\/\/cloud\.example\.org/);
    expect(field('Password or app password')).toHaveAccessibleDescription(/app password/);
    await user.type(field('Server address'), 'https://cloud.example.org');
    await user.type(field('User name'), 'maria');
    await user.type(field('Password or app password'), 'abcde-fghij-klmno-pqrst-uvwxy');
    await user.click(within(dialog()).getByRole('button', { name: 'Test and add' }));
    expect(added).toEqual([
      { kind: 'nextcloud', url: 'https://cloud.example.org', user: 'maria', password: 'abcde-fghij-klmno-pqrst-uvwxy' },
    ]);
    expect(
      await within(group).findByText('Added “Nextcloud News (maria)”. Its first sync has started.'),
    ).toBeInTheDocument();
  });
});
