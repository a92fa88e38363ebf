import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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

  it('keeps this computer’s menus as they were', async () => {
    renderApp(lockedLibrary);
    const menu = await menuOf(/The Daily Courier/);
    expect(Object.values(state(menu)).filter((value) => value === 'unavailable')).toEqual([]);
  });
});
