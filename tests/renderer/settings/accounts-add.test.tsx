import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import type { Account, AddAccountInput } from '@contract/methods/accounts';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { openAccounts, remoteAccount } from '../support/accounts';

const dialog = () => screen.getByRole('dialog', { name: 'Add an account' });
const field = (name: string) => within(dialog()).getByLabelText(name);

/** A call the test settles itself, so what shows while it runs can be checked. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

async function openAddDialog(add: (input: AddAccountInput) => Account | Promise<Account>) {
  const opened = await openAccounts([LOCAL_ACCOUNT], { 'accounts.add': add });
  await opened.user.click(within(opened.group).getByRole('button', { name: 'Add account…' }));
  await within(dialog()).findByRole('combobox', { name: 'Service' });
  return opened;
}

describe('Settings → Accounts: adding an account', { timeout: 20_000 }, () => {
  it('tests and adds a FreshRSS account, shows progress, and leaves no password in the page', async () => {
    const answer = deferred<Account>();
    const { user, client, group } = await openAddDialog(() => answer.promise);
    expect(within(dialog()).getByRole('combobox', { name: 'Service' })).toHaveFocus();
    expect(
      within(dialog())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['FreshRSS', 'Inoreader', 'The Old Reader', 'Other Google Reader API server']);
    const submit = within(dialog()).getByRole('button', { name: 'Test and add' });
    expect(submit).toBeDisabled();

    expect(field('Server address')).toHaveAccessibleDescription(/https:\/\/rss\.example\.com: Broadsheet adds/);
    await user.type(field('Server address'), 'https://rss.example.com');
    await user.type(field('User name'), 'maria');
    const password = field('API password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'off');
    await user.type(password, 'correct horse');
    await user.click(submit);

    expect(client.calls).toHaveBeenCalledWith('accounts.add', {
      kind: 'greader',
      service: 'freshrss',
      url: 'https://rss.example.com',
      user: 'maria',
      password: 'correct horse',
    });
    // Sent, so gone from the page while the server is asked.
    expect(password).toHaveValue('');
    expect(within(dialog()).getByRole('status')).toHaveTextContent(
      'Checking your user name and password with FreshRSS…',
    );
    expect(within(dialog()).getByRole('button', { name: 'Testing…' })).toBeDisabled();

    answer.resolve(remoteAccount());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(group).getByText('Added “FreshRSS at home”. Its first sync has started.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('accounts.list');
  });

  it('shows the server’s refusal inline, keeps the dialog, and asks for the password again', async () => {
    const { user } = await openAddDialog(() =>
      Promise.reject(new ApiError('AUTH_REFUSED', 'FreshRSS answered 401 to the login.')),
    );
    await user.type(field('Server address'), 'rss.example.com');
    await user.type(field('User name'), 'maria');
    await user.type(field('API password'), 'wrong');
    await user.click(within(dialog()).getByRole('button', { name: 'Test and add' }));

    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'The server refused this user name or password.',
    );
    expect(field('API password')).toHaveValue('');
    expect(field('API password')).toHaveFocus();
    expect(field('User name')).toHaveValue('maria');
    expect(field('Server address')).toHaveValue('rss.example.com');
    expect(within(dialog()).getByRole('button', { name: 'Test and add' })).toBeDisabled();
  });

  it('says what else went wrong in the core’s words, and clears the password then too', async () => {
    const { user } = await openAddDialog(() =>
      Promise.reject(new ApiError('UNAVAILABLE', 'rss.example.com could not be reached.')),
    );
    await user.type(field('Server address'), 'https://rss.example.com');
    await user.type(field('User name'), 'maria');
    await user.type(field('API password'), 'correct horse{Enter}');
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent('rss.example.com could not be reached.');
    expect(field('API password')).toHaveValue('');
  });

  it('asks for the App ID and App key only for Inoreader, and no server address there', async () => {
    const { user, client } = await openAddDialog(() => remoteAccount({ service: 'inoreader', name: 'Inoreader' }));
    expect(within(dialog()).queryByLabelText('App ID')).toBeNull();
    expect(within(dialog()).queryByLabelText('App key')).toBeNull();

    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Service' }), 'Inoreader');
    expect(within(dialog()).queryByLabelText('Server address')).toBeNull();
    expect(within(dialog()).getByText('Connects to https://www.inoreader.com.')).toBeInTheDocument();
    expect(field('App ID')).toHaveAccessibleDescription(/Preferences → Developer/);
    expect(field('App key')).toHaveAttribute('type', 'password');
    await user.click(within(dialog()).getByRole('button', { name: 'Where to find your App ID and App key' }));
    expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://www.inoreader.com/developers/');

    await user.type(field('User name'), 'maria@example.com');
    await user.type(field('Password'), 'pw');
    const submit = within(dialog()).getByRole('button', { name: 'Test and add' });
    expect(submit).toBeDisabled();
    await user.type(field('App ID'), '1000001414');
    await user.type(field('App key'), 'kk18irxGeo');
    await user.click(submit);
    expect(client.calls).toHaveBeenCalledWith('accounts.add', {
      kind: 'greader',
      service: 'inoreader',
      user: 'maria@example.com',
      password: 'pw',
      appId: '1000001414',
      appKey: 'kk18irxGeo',
    });

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks before plain HTTP only for an http:// address that is not this computer', async () => {
    const { user, client } = await openAddDialog(() => remoteAccount());
    const consent = () => within(dialog()).queryByRole('checkbox', { name: 'Allow plain HTTP on my local network' });
    const url = field('Server address');

    await user.type(url, 'https://rss.example.com');
    expect(consent()).toBeNull();
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:8080');
    expect(consent()).toBeNull();
    await user.clear(url);
    await user.type(url, 'http://localhost/freshrss');
    expect(consent()).toBeNull();
    await user.clear(url);
    await user.type(url, 'http://192.168.1.20/freshrss');
    expect(consent()).not.toBeNull();
    expect(consent()).toHaveAccessibleDescription(/unencrypted/);

    await user.type(field('User name'), 'maria');
    await user.type(field('API password'), 'pw');
    const submit = within(dialog()).getByRole('button', { name: 'Test and add' });
    expect(submit).toBeDisabled();
    await user.click(consent()!);
    await user.click(submit);
    expect(client.calls).toHaveBeenCalledWith(
      'accounts.add',
      expect.objectContaining({ url: 'http://192.168.1.20/freshrss', allowHttp: true }),
    );
  });

  it('explains an address it cannot use once the reader leaves the field', async () => {
    const { user } = await openAddDialog(() => remoteAccount());
    const url = field('Server address');
    await user.type(url, 'https://maria:secret@rss.example.com');
    expect(url).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/This address cannot be used: URL carries credentials\./);
  });

  it('closes with Escape or Cancel and adds nothing', async () => {
    const { user, client } = await openAddDialog(() => remoteAccount());
    await user.type(field('User name'), 'maria');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('accounts.add', expect.anything());
  });
});
