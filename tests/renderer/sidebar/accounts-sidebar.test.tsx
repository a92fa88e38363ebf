import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { section } from '../support/library-data';
import { renderApp } from '../support/render-app';
import { FRESH, LOCKED, SECTIONS, twoAccountHandlers } from '../support/two-accounts';

const nav = () => screen.getByRole('navigation', { name: 'Library' });
const accountGroup = (name: string) => within(nav()).findByRole('group', { name });
const rowNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button', { name: /./ })
    .filter((button) => button.classList.contains('sidebar-item'))
    .map((button) => button.querySelector('.sidebar-item__name')?.textContent);

describe('the sidebar with several accounts', { timeout: 30_000 }, () => {
  it('looks as it always did with this computer alone', async () => {
    renderApp(twoAccountHandlers([LOCAL_ACCOUNT], { 'sections.list': () => SECTIONS.slice(0, 2) }));
    const sections = await within(nav()).findByRole('list', { name: 'Sections' });
    expect(within(sections).getByRole('button', { name: /^World/ })).toBeInTheDocument();
    expect(within(nav()).getByRole('button', { name: 'Add feed' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('group')).toBeNull();
    expect(within(nav()).queryByRole('heading', { name: 'On this computer' })).toBeNull();
  });

  it('groups sections and feeds in no section under each account, this computer first, with live counts', async () => {
    renderApp(twoAccountHandlers());
    const local = await accountGroup('On this computer');
    const fresh = await accountGroup('FreshRSS at home');
    expect(
      within(nav())
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['On this computer', 'FreshRSS at home']);
    expect(local.compareDocumentPosition(fresh) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(rowNames(within(local).getByRole('list', { name: 'On this computer' }))).toEqual([
      'World',
      'The Daily Courier',
      'Harbour Gazette',
      'Technology',
      'Ars Machina',
    ]);
    expect(rowNames(within(local).getByRole('list', { name: 'Other feeds in On this computer' }))).toEqual([
      'Loose Leaf',
    ]);
    expect(rowNames(within(fresh).getByRole('list', { name: 'FreshRSS at home' }))).toEqual([
      'Tech news',
      'Hacker Wire',
      'Politics',
      'Capitol Notes',
    ]);
    expect(rowNames(within(fresh).getByRole('list', { name: 'Other feeds in FreshRSS at home' }))).toEqual([
      'Stray Post',
    ]);
    expect(within(fresh).getByRole('button', { name: /^Tech news/ })).toHaveTextContent('5');
    // The smart views count every account.
    expect(within(nav()).getByLabelText('19 unread')).toBeInTheDocument();
    // Each account adds feeds of its own; only this computer's heading manages sections.
    expect(within(local).getByRole('button', { name: 'Add feed to On this computer' })).toBeInTheDocument();
    expect(within(local).getByRole('button', { name: 'Manage sections' })).toBeInTheDocument();
    expect(within(fresh).getByRole('button', { name: 'Add feed to FreshRSS at home' })).toBeInTheDocument();
    expect(within(fresh).queryByRole('button', { name: 'Manage sections' })).toBeNull();
  });

  it('opens a remote feed like any other', async () => {
    renderApp(twoAccountHandlers());
    const fresh = await accountGroup('FreshRSS at home');
    await userEvent.click(within(fresh).getByRole('button', { name: /Hacker Wire/ }));
    expect(screen.getByRole('region', { name: 'Hacker Wire' })).toBeInTheDocument();
  });

  it('shows a “Needs your password” badge that opens Settings → Accounts', async () => {
    const locked = { ...FRESH, status: 'needs-password' as const, lastError: 'The server refused the saved password.' };
    renderApp(twoAccountHandlers([LOCAL_ACCOUNT, locked]));
    const fresh = await accountGroup('FreshRSS at home');
    const badge = within(fresh).getByRole('button', { name: 'Needs your password' });
    expect(badge).toHaveAccessibleDescription('FreshRSS at home');
    await userEvent.click(badge);
    const settings = await screen.findByRole('main', { name: 'Settings' });
    expect(within(settings).getByRole('region', { name: 'Accounts' })).toBeInTheDocument();
  });

  it('follows accounts.changed: a sync starting and ending, a new folder, a new account', async () => {
    const { client } = renderApp(twoAccountHandlers([LOCAL_ACCOUNT]));
    await within(nav()).findByRole('list', { name: 'Sections' });
    client.emit('accounts.changed', [LOCAL_ACCOUNT, { ...FRESH, status: 'syncing' }]);
    const fresh = await accountGroup('FreshRSS at home');
    expect(within(fresh).getByText('Syncing…')).toBeInTheDocument();

    // The sync brought a folder: the sidebar asks for the sections again when the account changes.
    SECTIONS.push({ ...section('r3', 'Science', 3), accountId: 'fresh' });
    try {
      client.emit('accounts.changed', [LOCAL_ACCOUNT, FRESH]);
      expect(await within(fresh).findByRole('button', { name: /^Science/ })).toBeInTheDocument();
      expect(within(fresh).queryByText('Syncing…')).toBeNull();
    } finally {
      SECTIONS.pop();
    }
  });

  it('shows “Add feed” of a service that keeps subscriptions to itself as unavailable, with the reason', async () => {
    const { client } = renderApp(twoAccountHandlers([LOCAL_ACCOUNT, LOCKED]));
    const group = await accountGroup('Reading club');
    expect(within(group).getByText('No feeds yet')).toBeInTheDocument();
    const add = within(group).getByRole('button', { name: 'Add feed to Reading club' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription(
      'This server does not let other apps change its subscriptions: change them on the server itself.',
    );
    await userEvent.click(add);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('feeds.discover', expect.anything());
  });

  it('walks feeds (Shift+J) and sections (Alt+↓) in the order shown, account after account', async () => {
    renderApp(twoAccountHandlers());
    await accountGroup('FreshRSS at home');
    const user = userEvent.setup();
    const selected = () =>
      within(nav())
        .getAllByRole('button')
        .find((button) => button.getAttribute('aria-current') === 'page')
        ?.querySelector('.sidebar-item__name')?.textContent;
    const walk = async (keys: string, steps: number) => {
      const seen: (string | null | undefined)[] = [];
      for (let step = 0; step < steps; step++) {
        await user.keyboard(keys);
        seen.push(selected());
      }
      return seen;
    };
    expect(await walk('{Shift>}J{/Shift}', 7)).toEqual([
      'The Daily Courier',
      'Harbour Gazette',
      'Ars Machina',
      'Loose Leaf',
      'Hacker Wire',
      'Capitol Notes',
      'Stray Post',
    ]);
    await user.click(within(nav()).getByRole('button', { name: /^All unread/ }));
    // From the page, not the sidebar's rows (where the arrows move between rows).
    (document.activeElement as HTMLElement).blur();
    expect(await walk('{Alt>}{ArrowDown}{/Alt}', 4)).toEqual(['World', 'Technology', 'Tech news', 'Politics']);
  });
});
