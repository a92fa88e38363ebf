import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { renderApp } from '../support/render-app';
import { FEEDS, FRESH, LOCKED, SECTIONS, twoAccountHandlers } from '../support/two-accounts';

/** The FreshRSS library of the two-account fixture, owned by a service that manages neither feeds nor folders. */
const lockedLibrary = twoAccountHandlers([LOCAL_ACCOUNT, LOCKED], {
  'sections.list': () =>
    SECTIONS.map((section) => (section.accountId === 'fresh' ? { ...section, accountId: 'locked' } : section)),
  'feeds.list': () => FEEDS.map((feed) => (feed.accountId === 'fresh' ? { ...feed, accountId: 'locked' } : feed)),
  'accounts.sync': () => ({ ...LOCKED, status: 'syncing' as const }),
  'feeds.move': (id: string, sectionId: string | null) => ({ ...FEEDS.find((feed) => feed.id === id)!, sectionId }),
});

const REASON = (what: string) =>
  `This server does not let other apps change its ${what}: change them on the server itself.`;

const menuOf = async (row: RegExp) => {
  fireEvent.contextMenu(await screen.findByRole('button', { name: row }));
  return screen.getByRole('menu');
};
const state = (menu: HTMLElement) =>
  Object.fromEntries(
    within(menu)
      .getAllByRole('menuitem')
      .map((item) => [item.textContent, item.getAttribute('aria-disabled') === 'true' ? 'unavailable' : 'available']),
  );

describe('sidebar menus follow the account’s capabilities', { timeout: 30_000 }, () => {
  it('shows a locked service’s feed edits as unavailable, with the reason once under them', async () => {
    const { client } = renderApp(lockedLibrary);
    const menu = await menuOf(/Hacker Wire/);
    expect(state(menu)).toEqual({
      Refresh: 'available',
      'Mark all as read': 'available',
      'Rename…': 'unavailable',
      'Move to section…': 'unavailable',
      'Options…': 'available',
      'Unsubscribe…': 'unavailable',
    });
    expect(menu).toHaveAccessibleDescription(`${REASON('subscriptions')} ${REASON('folders')}`);
    expect(within(menu).getByRole('menuitem', { name: 'Unsubscribe…' })).toHaveAttribute(
      'title',
      REASON('subscriptions'),
    );
    // Choosing one does nothing: no dialog, no call that would fail on the server.
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Unsubscribe…' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('feeds.remove', expect.anything());
  });

  it('shows a locked service’s folder edits as unavailable', async () => {
    renderApp(lockedLibrary);
    const menu = await menuOf(/^Tech news/);
    expect(state(menu)).toEqual({
      Refresh: 'available',
      'Mark all as read': 'available',
      'Rename…': 'unavailable',
      'Manage sections…': 'available',
      'Delete section…': 'unavailable',
    });
    expect(menu).toHaveAccessibleDescription(REASON('folders'));
  });

  it('refreshes a sync service’s feed or section by syncing its account', async () => {
    const { client } = renderApp(lockedLibrary);
    await userEvent.click(within(await menuOf(/Hacker Wire/)).getByRole('menuitem', { name: 'Refresh' }));
    expect(client.calls).toHaveBeenCalledWith('accounts.sync', 'locked');
    expect(client.calls).not.toHaveBeenCalledWith('sync.refresh', expect.anything());
  });

  it('offers everything for a service that manages feeds and folders, and moves a feed among its own sections', async () => {
    const { client } = renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, FRESH], {
        'feeds.move': (id: string, sectionId: string | null) => ({
          ...FEEDS.find((feed) => feed.id === id)!,
          sectionId,
        }),
      }),
    );
    const menu = await menuOf(/Hacker Wire/);
    expect(Object.values(state(menu))).not.toContain('unavailable');
    expect(menu).not.toHaveAccessibleDescription();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Move to section…' }));
    const dialog = screen.getByRole('dialog', { name: 'Move “Hacker Wire”' });
    const options = within(within(dialog).getByRole('combobox', { name: 'Section' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Tech news', 'Politics', 'No section']);
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Section' }), 'Politics');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.move', 'g1', 'r2');
  });

  it('shows why the server refused a rename, keeps the dialog and the old name, and says a folder goes there too', async () => {
    const refusal = 'Renaming a feed needs a connection to FreshRSS at home: try again when online.';
    renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, FRESH], {
        'feeds.update': () => {
          throw new ApiError('UNAVAILABLE', refusal);
        },
      }),
    );
    await userEvent.click(within(await menuOf(/Hacker Wire/)).getByRole('menuitem', { name: 'Rename…' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename feed' });
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Wire{Enter}');
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Wire');
    expect(screen.getByRole('button', { name: /Hacker Wire/ })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(within(await menuOf(/^Politics/)).getByRole('menuitem', { name: 'Delete section…' }));
    expect(screen.getByRole('dialog', { name: 'Delete “Politics”?' })).toHaveTextContent(
      'The folder is deleted on FreshRSS at home too.',
    );
  });

  it('keeps this computer’s menus as they were; moving a feed to a locked service is unavailable, with the reason', async () => {
    renderApp(lockedLibrary);
    const menu = await menuOf(/The Daily Courier/);
    expect(state(menu)).toEqual({
      Refresh: 'available',
      'Mark all as read': 'available',
      'Rename…': 'available',
      'Move to section…': 'available',
      'Move to account “Reading club”…': 'unavailable',
      'Options…': 'available',
      'Unsubscribe…': 'available',
    });
    expect(menu).toHaveAccessibleDescription(REASON('subscriptions'));
  });

  it('offers no move to an account with this computer alone', async () => {
    renderApp(twoAccountHandlers([LOCAL_ACCOUNT]));
    const labels = Object.keys(state(await menuOf(/The Daily Courier/)));
    expect(labels.some((label) => label.startsWith('Move to account'))).toBe(false);
  });

  it('offers no move on an account’s own feed', async () => {
    renderApp(twoAccountHandlers([LOCAL_ACCOUNT, FRESH]));
    const labels = Object.keys(state(await menuOf(/Hacker Wire/)));
    expect(labels.some((label) => label.startsWith('Move to account'))).toBe(false);
  });

  it('moves a feed polled here to an account, into its folder named like the feed’s section', async () => {
    const moved = { ...FEEDS.find((feed) => feed.id === 'f3')!, id: 'g9', accountId: 'fresh', sectionId: 'r1' };
    const { client } = renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, FRESH], {
        'sections.list': () =>
          SECTIONS.map((section) => (section.id === 'r1' ? { ...section, name: 'technology' } : section)),
        'feeds.moveToAccount': () => moved,
      }),
    );
    await userEvent.click(
      within(await menuOf(/Ars Machina/)).getByRole('menuitem', { name: 'Move to account “FreshRSS at home”…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Move “Ars Machina” to FreshRSS at home' });
    expect(dialog).toHaveTextContent(/bookmarks, with their notes and tags, come along/);
    const section = within(dialog).getByRole('combobox', { name: 'Section' });
    expect(section).toHaveDisplayValue('technology');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.moveToAccount', 'f3', 'fresh', 'r1');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says why a move failed and keeps the dialog open', async () => {
    renderApp(
      twoAccountHandlers([LOCAL_ACCOUNT, FRESH], {
        'feeds.moveToAccount': () => {
          throw new ApiError(
            'UNAVAILABLE',
            'You are offline, so nothing was sent to FreshRSS at home. “Ars Machina” stays on this computer; move it again when the connection is back.',
          );
        },
      }),
    );
    await userEvent.click(
      within(await menuOf(/Ars Machina/)).getByRole('menuitem', { name: 'Move to account “FreshRSS at home”…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Move “Ars Machina” to FreshRSS at home' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByText(/You are offline, so nothing was sent/)).toBeInTheDocument();
  });
});
