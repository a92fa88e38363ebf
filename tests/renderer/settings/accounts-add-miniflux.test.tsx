import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountServiceInfo, AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount, SERVICES } from '../support/accounts';

/** Miniflux's own API, then its Google Reader API variant, as the core lists them (core/accounts/new-account.ts). */
const MINIFLUX: AccountServiceInfo[] = [
  {
    service: 'miniflux-api',
    kind: 'miniflux',
    label: 'Miniflux',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  },
  {
    service: 'miniflux',
    kind: 'greader',
    label: 'Miniflux (Google Reader API)',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  },
];

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string) => within(dialog()).getByLabelText(name);
const addButton = () => within(dialog()).getByRole('button', { name: 'Test and add' });

async function openForm() {
  const added: AddAccountInput[] = [];
  const opened = await openAccounts([LOCAL_ACCOUNT], {
    'accounts.services': () => [...SERVICES, ...MINIFLUX],
    'accounts.add': (input: AddAccountInput): Account => {
      added.push(input);
      return remoteAccount({ kind: 'miniflux', service: 'miniflux-api', name: 'Miniflux (alice)' });
    },
  });
  await opened.user.click(within(opened.group).getByRole('button', { name: 'Add account…' }));
  const service = await within(dialog()).findByRole('combobox', { name: 'Service' });
  await opened.user.selectOptions(service, 'Miniflux');
  return { ...opened, added };
}

describe('Settings → Accounts: adding a Miniflux account', { timeout: 20_000 }, () => {
  it('lists Miniflux before its Google Reader API variant', async () => {
    await openForm();
    const labels = within(dialog())
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels.indexOf('Miniflux')).toBeLessThan(labels.indexOf('Miniflux (Google Reader API)'));
  });

  it('signs in with an API key by default: no user name, the key in a password field, never shown', async () => {
    const { user, group, added } = await openForm();
    expect(within(dialog()).getByRole('radio', { name: 'An API key' })).toBeChecked();
    expect(within(dialog()).queryByLabelText('User name')).toBeNull();
    const key = field('API key');
    expect(key).toHaveAttribute('type', 'password');
    expect(key).toHaveAccessibleDescription(/Settings → API Keys/);
    await user.type(field('Server address'), 'https://reader.example.com');
    expect(addButton()).toBeDisabled();
    await user.type(key, 'secret-key-123');
    await user.click(addButton());
    expect(added).toEqual([
      { kind: 'miniflux', auth: 'token', url: 'https://reader.example.com', password: 'secret-key-123' },
    ]);
    expect(await within(group).findByText('Added “Miniflux (alice)”. Its first sync has started.')).toBeInTheDocument();
  });

  it('or with a user name and password; a key typed before is not sent as the password', async () => {
    const { user, added } = await openForm();
    await user.type(field('Server address'), 'https://reader.example.com');
    await user.type(field('API key'), 'typed-by-mistake');
    await user.click(within(dialog()).getByRole('radio', { name: 'My user name and password' }));
    expect(within(dialog()).queryByLabelText('API key')).toBeNull();
    expect(field('Password')).toHaveValue('');
    expect(addButton()).toBeDisabled();
    await user.type(field('User name'), 'alice');
    await user.type(field('Password'), 'correct horse');
    await user.click(addButton());
    expect(added).toEqual([
      {
        kind: 'miniflux',
        auth: 'password',
        url: 'https://reader.example.com',
        user: 'alice',
        password: 'correct horse',
      },
    ]);
  });
});
