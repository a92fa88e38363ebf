import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import { feed, section } from '../support/library-data';
import { renderApp } from '../support/render-app';

const CANDIDATES = [
  {
    url: 'https://site.example/feed.xml',
    title: 'Site — All stories',
    format: 'rss' as const,
    source: 'link' as const,
    latest: [
      { title: 'Harbour reopens after the storm', publishedAt: '2026-12-06T09:00:00.000Z' },
      { title: 'Council votes on the night buses', publishedAt: null },
    ],
  },
  {
    url: 'https://site.example/comments.atom',
    title: 'Site — Comments',
    format: 'atom' as const,
    source: 'link' as const,
    latest: [],
  },
];
let sections = [section('s1', 'World', 1)];
const base = {
  'sections.list': () => sections,
  'feeds.discover': () => CANDIDATES,
  'sections.create': (name: string) => {
    const created = section('s9', name, 2);
    sections = [...sections, created];
    return created;
  },
  'feeds.add': (input: { url: string; title?: string; sectionId?: string | null }) =>
    feed(`new-${input.url.length}`, input.title ?? input.url, input.sectionId ?? null, { url: input.url }),
  'sync.refresh': () => ({
    online: true,
    running: null,
    nextCheckAt: null,
    notice: null,
    lastFinished: null,
    refreshIntervalMinutes: 30,
  }),
};

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add feed' }));
  return screen.getByRole('dialog', { name: 'Add a feed' });
}

// Typing through user-event is slow when the machine is busy; these walk whole dialogs.
describe('adding a feed', { timeout: 30_000 }, () => {
  beforeEach(() => {
    sections = [section('s1', 'World', 1)];
  });

  it('finds the feeds a site offers, subscribes to the chosen ones in a new section, and opens it', async () => {
    const { client } = renderApp(base);
    const dialog = await openDialog();
    const address = within(dialog).getByRole('textbox', { name: 'Site or feed address' });
    expect(address).toHaveFocus();
    await userEvent.type(address, 'https://site.example{Enter}');
    expect(client.calls).toHaveBeenCalledWith('feeds.discover', 'https://site.example');
    const found = await within(dialog).findByRole('group', { name: '2 feeds found' });
    // What each feed brings, before subscribing.
    const latest = within(found).getByRole('list', { name: 'Latest in Site — All stories' });
    expect(
      within(latest)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Harbour reopens after the storm · /), 'Council votes on the night buses']);
    expect(within(found).getByText('No articles in it yet')).toBeInTheDocument();
    expect(within(found).getByRole('checkbox', { name: /Site — All stories/ })).toBeChecked();
    expect(within(found).getByRole('checkbox', { name: /Site — Comments/ })).not.toBeChecked();
    await userEvent.click(within(found).getByRole('checkbox', { name: /Site — Comments/ }));

    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Section' }), 'New section…');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'New section name' }), 'Local');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe to 2 feeds' }));

    expect(await screen.findByRole('region', { name: 'Local' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('sections.create', 'Local', 'local');
    expect(client.calls).toHaveBeenCalledWith('feeds.add', {
      url: CANDIDATES[0]!.url,
      title: CANDIDATES[0]!.title,
      sectionId: 's9',
    });
    expect(client.calls).toHaveBeenCalledWith('feeds.add', {
      url: CANDIDATES[1]!.url,
      title: CANDIDATES[1]!.title,
      sectionId: 's9',
    });
    expect(client.calls.mock.calls.filter(([method]) => method === 'sync.refresh')).toHaveLength(2);
  });

  it('puts a single feed into an existing section', async () => {
    const { client } = renderApp({ ...base, 'feeds.discover': () => CANDIDATES.slice(0, 1) });
    const dialog = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Site or feed address' }),
      'https://site.example/feed.xml',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Find feeds' }));
    await within(dialog).findByRole('group', { name: 'Feed found' });
    expect(within(dialog).getByRole('combobox', { name: 'Section' })).toHaveValue('s1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.add', expect.objectContaining({ sectionId: 's1' }));
    expect(await screen.findByRole('region', { name: 'World' })).toBeInTheDocument();
  });

  it('takes a bare host or host:port/path as typed, without the browser refusing it', async () => {
    const { client } = renderApp(base);
    const dialog = await openDialog();
    const address = within(dialog).getByRole('textbox', { name: 'Site or feed address' });
    await userEvent.type(address, '127.0.0.1:8080/news{Enter}');
    expect(client.calls).toHaveBeenCalledWith('feeds.discover', '127.0.0.1:8080/news');
    expect(address).toBeValid();
    await within(dialog).findByRole('group', { name: '2 feeds found' });
  });

  it('rests while offline, saying why, and looks for nothing', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { client } = renderApp(base);
      const dialog = await openDialog();
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Site or feed address' }),
        'site.example{Enter}',
      );
      const find = within(dialog).getByRole('button', { name: 'Find feeds' });
      expect(find).toBeDisabled();
      expect(within(dialog).getByRole('status')).toHaveTextContent('Finding feeds needs a connection');
      expect(client.calls).not.toHaveBeenCalledWith('feeds.discover', expect.anything());
    } finally {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    }
  });

  it('offers the section of the selected feed first', async () => {
    sections = [section('s1', 'World', 1), section('s2', 'Korea', 2)];
    renderApp({ ...base, 'feeds.list': () => [feed('f7', 'Seoul Times', 's2')] });
    await userEvent.click(await screen.findByRole('button', { name: /Seoul Times/ }));
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Site or feed address' }), 'site.example{Enter}');
    await within(dialog).findByRole('group', { name: '2 feeds found' });
    expect(within(dialog).getByRole('combobox', { name: 'Section' })).toHaveValue('s2');
  });

  it.each([
    [
      'an unsafe address',
      new ApiError('UNSAFE_URL', 'That feed address cannot be used: it points into this computer.'),
    ],
    ['nothing found', new ApiError('NOT_FOUND', 'No feed was found at that address.')],
    ['a network failure', new ApiError('NOT_FOUND', 'The site could not be reached: connection refused.')],
  ])('shows %s inline and keeps what was typed', async (_case, error) => {
    renderApp({
      ...base,
      'feeds.discover': () => {
        throw error;
      },
    });
    const dialog = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Site or feed address' }),
      'https://site.example{Enter}',
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(error.message);
    expect(within(dialog).getByRole('textbox', { name: 'Site or feed address' })).toHaveValue('https://site.example');
    expect(within(dialog).queryByRole('group')).not.toBeInTheDocument();
  });

  it('says so when the feed is already there, and subscribes to nothing else', async () => {
    const { client } = renderApp({
      ...base,
      'feeds.add': () => {
        throw new ApiError('CONFLICT', 'You already subscribe to this feed.');
      },
    });
    const dialog = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Site or feed address' }),
      'https://site.example{Enter}',
    );
    await within(dialog).findByRole('group', { name: '2 feeds found' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You already subscribe to this feed.');
    expect(client.calls).not.toHaveBeenCalledWith('sync.refresh', expect.anything());
  });

  it('keeps focus in the dialog when the feeds are found, and Escape still closes it', async () => {
    renderApp(base);
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Site or feed address' }), 'https://site.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Find feeds' }));
    const first = await within(dialog).findByRole('checkbox', { name: /Site — All stories/ });
    // In the render that shows the feeds, not a frame later: a key pressed at once stays in the dialog.
    expect(first).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('puts focus on the first feed found even when a frame is drawn before the feeds are', async () => {
    // A frame can come between the answer and the render that shows it (it did on a loaded machine, and focus
    // fell to the page); here every frame comes at once, so anything waiting for one runs before that render.
    vi.stubGlobal('requestAnimationFrame', (callback: (time: number) => void) => {
      callback(0);
      return 0;
    });
    renderApp(base);
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Site or feed address' }), 'https://site.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Find feeds' }));
    expect(await within(dialog).findByRole('checkbox', { name: /Site — All stories/ })).toHaveFocus();
  });

  it('closes with Escape and returns focus to the Add feed button', async () => {
    renderApp(base);
    await openDialog();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add feed' })).toHaveFocus();
  });
});
