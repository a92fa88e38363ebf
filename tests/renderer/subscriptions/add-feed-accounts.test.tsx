import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SubscribeResult } from '@contract/methods/feeds';
import { LOCAL_ACCOUNT } from '../support/fake-client';
import { feed } from '../support/library-data';
import { renderApp } from '../support/render-app';
import { FRESH, LOCKED, SECTIONS, twoAccountHandlers } from '../support/two-accounts';

const CANDIDATE = {
  url: 'https://site.example/feed.xml',
  title: 'Site — All stories',
  format: 'rss' as const,
  source: 'link' as const,
  latest: [],
};
const IMPORTED = { imported: 3, skipped: 0, invalid: 0, sectionsCreated: 1, entries: [], warnings: [] };

const handlers = (accounts = [LOCAL_ACCOUNT, FRESH, LOCKED]) =>
  twoAccountHandlers(accounts, {
    'feeds.discover': () => [CANDIDATE],
    'feeds.add': (input) => feed('new', input.title ?? input.url, input.sectionId ?? null, { url: input.url }),
    'feeds.subscribe': (input): SubscribeResult => ({
      kind: 'subscribed',
      feed: feed('g9', 'Site — All stories', input.sectionId ?? null, { accountId: input.accountId ?? 'local' }),
    }),
    'sync.refresh': () => ({
      online: true,
      running: null,
      nextCheckAt: null,
      notice: null,
      lastFinished: null,
      refreshIntervalMinutes: 30,
    }),
    'opml.import': () => IMPORTED,
  });

const nav = () => screen.getByRole('navigation', { name: 'Library' });
const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => `${option.textContent}${(option as HTMLOptionElement).disabled ? ' (unavailable)' : ''}`);

/** Opens "Add a feed" from the button named `button`, finds the site's one feed, and returns the dialog. */
async function findFeed(button: string) {
  await userEvent.click(await within(nav()).findByRole('button', { name: button }));
  const dialog = screen.getByRole('dialog', { name: 'Add a feed' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Site or feed address' }), 'site.example{Enter}');
  await within(dialog).findByRole('group', { name: 'Feed found' });
  return dialog;
}

// Typing through user-event is slow when the machine is busy; these walk whole dialogs.
describe('adding a feed with several accounts', { timeout: 30_000 }, () => {
  it('asks no account with this computer alone', async () => {
    renderApp(handlers([LOCAL_ACCOUNT]));
    const dialog = await findFeed('Add feed');
    expect(within(dialog).queryByRole('combobox', { name: 'Account' })).toBeNull();
    expect(optionsOf(within(dialog).getByRole('combobox', { name: 'Section' }))).toEqual([
      'World',
      'Technology',
      'New section…',
    ]);
  });

  it('starts on this computer, offers each account’s own sections, and subscribes with the service', async () => {
    const { client } = renderApp(handlers());
    const dialog = await findFeed('Add feed to On this computer');
    const account = within(dialog).getByRole('combobox', { name: 'Account' });
    expect(account).toHaveValue('local');
    expect(optionsOf(account)).toEqual(['On this computer', 'FreshRSS at home', 'Reading club (unavailable)']);
    expect(account).toHaveAccessibleDescription(
      'Reading club: This server does not let other apps change its subscriptions: change them on the server itself.',
    );
    const section = within(dialog).getByRole('combobox', { name: 'Section' });
    expect(optionsOf(section)).toEqual(['World', 'Technology', 'New section…']);

    await userEvent.selectOptions(account, 'FreshRSS at home');
    // The service's folders, none, or a new one (made in that account; the server makes it with this feed).
    expect(optionsOf(section)).toEqual(['Tech news', 'Politics', 'No section', 'New section…']);
    await userEvent.selectOptions(section, 'Politics');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));

    await screen.findByRole('region', { name: 'Politics' });
    expect(client.calls).toHaveBeenCalledWith('feeds.subscribe', {
      url: CANDIDATE.url,
      sectionId: 'r2',
      accountId: 'fresh',
    });
    expect(client.calls).not.toHaveBeenCalledWith('feeds.add', expect.anything());
    expect(client.calls).not.toHaveBeenCalledWith('sync.refresh', expect.anything());
  });

  it('a new section for a service’s feed is made in that account, and the feed subscribed into it', async () => {
    const { client } = renderApp({
      ...handlers(),
      'sections.create': (name, accountId) => ({ ...SECTIONS[2]!, id: 'r9', name, accountId: accountId ?? 'local' }),
    });
    const dialog = await findFeed('Add feed to FreshRSS at home');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Section' }), 'New section…');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'New section name' }), 'Harbour');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    await vi.waitFor(() =>
      expect(client.calls).toHaveBeenCalledWith('feeds.subscribe', {
        url: CANDIDATE.url,
        sectionId: 'r9',
        accountId: 'fresh',
      }),
    );
    expect(client.calls).toHaveBeenCalledWith('sections.create', 'Harbour', 'fresh');
  });

  it('starts on the account whose heading’s “Add feed” opened it', async () => {
    renderApp(handlers());
    const dialog = await findFeed('Add feed to FreshRSS at home');
    expect(within(dialog).getByRole('combobox', { name: 'Account' })).toHaveValue('fresh');
    expect(within(dialog).getByRole('combobox', { name: 'Section' })).toHaveValue('r1');
  });

  it('subscribes on this computer as before, with its refresh', async () => {
    const { client } = renderApp(handlers());
    const dialog = await findFeed('Add feed to On this computer');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Section' }), 'Technology');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    await screen.findByRole('region', { name: 'Technology' });
    expect(client.calls).toHaveBeenCalledWith('feeds.add', {
      url: CANDIDATE.url,
      title: CANDIDATE.title,
      sectionId: 's2',
    });
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'feed', id: 'new' });
  });
});

describe('importing OPML with several accounts', { timeout: 30_000 }, () => {
  const OPML = '<opml version="2.0"><body/></opml>';

  it('imports into the account chosen; this computer by default', async () => {
    const { client } = renderApp(handlers());
    const local = await within(nav()).findByRole('group', { name: 'On this computer' });
    await userEvent.click(within(local).getByRole('button', { name: 'Manage sections' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage sections' });
    // Every account's sections are managed here.
    expect(within(dialog).getAllByRole('listitem').length).toBe(SECTIONS.length);
    const into = within(dialog).getByRole('combobox', { name: 'Import into account' });
    expect(into).toHaveValue('local');
    expect(optionsOf(into)).toEqual(['On this computer', 'FreshRSS at home', 'Reading club (unavailable)']);

    const file = () => new File([OPML], 'mine.opml', { type: 'text/x-opml' });
    await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), file());
    await within(dialog).findByText('Imported mine.opml: 3 added, 0 skipped.');
    expect(client.calls).toHaveBeenCalledWith('opml.import', OPML);

    await userEvent.selectOptions(into, 'FreshRSS at home');
    await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), file());
    await within(dialog).findByText('Imported mine.opml into FreshRSS at home: 3 added, 0 skipped.');
    expect(client.calls).toHaveBeenCalledWith('opml.import', OPML, { accountId: 'fresh' });
  });

  it('lists the feeds the account’s server would not subscribe to, each with why', async () => {
    renderApp({
      ...handlers(),
      'opml.import': () => ({
        imported: 1,
        skipped: 1,
        invalid: 0,
        failed: 2,
        sectionsCreated: 0,
        entries: [
          { status: 'imported' as const, url: 'https://a.example/feed', title: 'A', section: null },
          {
            status: 'skipped' as const,
            url: 'https://b.example/feed',
            title: 'B',
            section: null,
            reason: 'you already follow this feed',
          },
          {
            status: 'failed' as const,
            url: 'https://gone.example/feed',
            title: 'Gone',
            section: 'News',
            reason: 'the server refused it (HTTP 400): it may not be a feed the server can fetch',
          },
          {
            status: 'failed' as const,
            url: 'https://later.example/feed',
            title: '',
            section: null,
            reason: 'not sent: The server asked to wait 60 seconds before the next request (HTTP 429).',
          },
        ],
        warnings: [],
      }),
    });
    const local = await within(nav()).findByRole('group', { name: 'On this computer' });
    await userEvent.click(within(local).getByRole('button', { name: 'Manage sections' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage sections' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Import into account' }),
      'FreshRSS at home',
    );
    const file = new File([OPML], 'mine.opml', { type: 'text/x-opml' });
    await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), file);
    await within(dialog).findByText('Imported mine.opml into FreshRSS at home: 1 added, 1 skipped, 2 not subscribed.');
    const list = within(dialog).getByRole('region', { name: 'Feeds not subscribed' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Gone — the server refused it (HTTP 400): it may not be a feed the server can fetch',
      'https://later.example/feed — not sent: The server asked to wait 60 seconds before the next request (HTTP 429).',
    ]);
  });

  it('asks no account with this computer alone', async () => {
    renderApp(handlers([LOCAL_ACCOUNT]));
    await userEvent.click(await within(nav()).findByRole('button', { name: 'Manage sections' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage sections' });
    expect(within(dialog).queryByRole('combobox', { name: 'Import into account' })).toBeNull();
  });
});

describe('managing sections with several accounts', { timeout: 30_000 }, () => {
  it('names each section’s account and keeps a locked service’s folders as they are', async () => {
    const locked = twoAccountHandlers([LOCAL_ACCOUNT, LOCKED], {
      'sections.list': () =>
        SECTIONS.map((section) => (section.accountId === 'fresh' ? { ...section, accountId: 'locked' } : section)),
    });
    const { client } = renderApp(locked);
    const local = await within(nav()).findByRole('group', { name: 'On this computer' });
    await userEvent.click(within(local).getByRole('button', { name: 'Manage sections' }));
    const dialog = screen.getByRole('dialog', { name: 'Manage sections' });
    const row = (name: string) =>
      within(dialog)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.startsWith(name))!;
    expect(row('World')).toHaveTextContent('On this computer · 1 feed');
    expect(row('Tech news')).toHaveTextContent('Reading club · 1 feed');
    expect(within(row('World')).getByRole('button', { name: 'Rename World' })).not.toHaveAttribute('aria-disabled');
    const rename = within(row('Tech news')).getByRole('button', { name: 'Rename Tech news' });
    expect(rename).toHaveAttribute('aria-disabled', 'true');
    expect(rename).toHaveAccessibleDescription(
      'This server does not let other apps change its folders: change them on the server itself.',
    );
    await userEvent.click(rename);
    await userEvent.click(within(row('Tech news')).getByRole('button', { name: 'Delete Tech news' }));
    expect(within(dialog).queryByRole('textbox', { name: 'New name for Tech news' })).toBeNull();
    expect(within(dialog).queryByRole('group', { name: 'Delete Tech news?' })).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('sections.delete', expect.anything());
  });
});
