import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeedPatch } from '@contract/library-models';
import { renderApp } from '../support/render-app';
import { FEEDS, twoAccountHandlers } from '../support/two-accounts';

const handlers = twoAccountHandlers(undefined, {
  'feeds.update': (id: string, patch: FeedPatch) => {
    const feed = FEEDS.find((candidate) => candidate.id === id)!;
    return { ...feed, options: { ...feed.options, ...patch.options } };
  },
});

async function openOptions(row: RegExp) {
  fireEvent.contextMenu(await screen.findByRole('button', { name: row }));
  await userEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Options…' }));
  return screen.getByRole('dialog', { name: /^Options for/ });
}

describe('feed options by account', { timeout: 30_000 }, () => {
  it('lets the reader download full articles for a sync service’s feed, without a schedule it does not have', async () => {
    const { client } = renderApp(handlers);
    const dialog = await openOptions(/Hacker Wire/);
    expect(within(dialog).queryByRole('combobox', { name: 'Refresh' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox', { name: /Pause/ })).toBeNull();
    expect(dialog).toHaveTextContent('it is refreshed each time its account syncs');

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Download full articles from the web page' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(client.calls).toHaveBeenCalledWith(
      'feeds.update',
      'g1',
      expect.objectContaining({ options: expect.objectContaining({ fullText: true }) }),
    );
  });

  it('keeps the refresh interval and pause for a feed polled here', async () => {
    renderApp(handlers);
    const dialog = await openOptions(/The Daily Courier/);
    expect(within(dialog).getByRole('combobox', { name: 'Refresh' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: /Pause/ })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Download full articles from the web page' }),
    ).toBeInTheDocument();
  });
});
