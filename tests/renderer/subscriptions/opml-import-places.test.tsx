import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { feed } from '../support/library-data';
import { renderApp } from '../support/render-app';

/** OPML import where a new reader looks for it: the empty front page, the first-run offer, the File menu, Settings. */
const OPML = '<opml version="2.0"><body/></opml>';
const IMPORTED = { imported: 12, skipped: 1, invalid: 0, sectionsCreated: 2, entries: [], warnings: [] };
const OFFER = { offer: true, feeds: 40, sections: [{ name: 'World', feeds: 8 }] };
const handlers = { 'library.offerDefaults': () => OFFER, 'opml.import': () => IMPORTED };

/** Chooses a file in the import dialog and waits for its report; the sidebar reloads with the new feeds. */
async function importThrough(dialog: HTMLElement, calls: { mock: { calls: unknown[][] } }) {
  const listsBefore = calls.mock.calls.filter(([method]) => method === 'sections.list').length;
  const file = new File([OPML], 'from-netnewswire.opml', { type: 'text/x-opml' });
  expect(within(dialog).getByRole('button', { name: 'Import OPML…' })).toHaveFocus();
  await userEvent.upload(within(dialog).getByLabelText('OPML file to import'), file);
  await within(dialog).findByText('Imported from-netnewswire.opml: 12 added, 1 skipped.');
  await waitFor(() =>
    expect(calls.mock.calls.filter(([method]) => method === 'sections.list').length).toBeGreaterThan(listsBefore),
  );
}

describe('OPML import', { timeout: 30_000 }, () => {
  it('is offered on the empty front page of a new library', async () => {
    const { client } = renderApp(handlers);
    const front = await screen.findByRole('region', { name: 'Front page' });
    await within(front).findByText('Nothing on the front page yet');
    await userEvent.click(within(front).getByRole('button', { name: 'Import subscriptions (OPML)…' }));
    await importThrough(screen.getByRole('dialog', { name: 'Import subscriptions' }), client.calls);
    expect(client.calls).toHaveBeenCalledWith('opml.import', OPML);
  });

  it('is not offered on the front page of a library that has feeds', async () => {
    renderApp({ ...handlers, 'feeds.list': () => [feed('f1', 'The Daily Courier', 's1')] });
    const front = await screen.findByRole('region', { name: 'Front page' });
    await within(front).findByText(/No stories yet|Fetching your feeds|have not been fetched/);
    expect(within(front).queryByRole('button', { name: 'Import subscriptions (OPML)…' })).toBeNull();
  });

  it('sits beside the first-run offer of suggested feeds', async () => {
    const { client } = renderApp(handlers);
    const offer = await screen.findByRole('region', { name: 'Start with a selection of news sources?' });
    await userEvent.click(within(offer).getByRole('button', { name: 'Import OPML…' }));
    await importThrough(screen.getByRole('dialog', { name: 'Import subscriptions' }), client.calls);
  });

  it('opens from the desktop File menu (app.importOpml)', async () => {
    const { client } = renderApp(handlers);
    await screen.findByRole('region', { name: 'Front page' });
    client.emit('app.importOpml', null);
    const dialog = await screen.findByRole('dialog', { name: 'Import subscriptions' });
    await importThrough(dialog, client.calls);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has a Subscriptions group in Settings with import and export', async () => {
    const { client } = renderApp(handlers);
    await screen.findByRole('region', { name: 'Front page' });
    client.emit('app.openSettings', null);
    const group = await screen.findByRole('region', { name: 'Subscriptions' });
    expect(within(group).getByRole('button', { name: 'Export OPML' })).toBeEnabled();
    await userEvent.upload(within(group).getByLabelText('OPML file to import'), new File([OPML], 'mine.opml'));
    await within(group).findByText('Imported mine.opml: 12 added, 1 skipped.');
    expect(client.calls).toHaveBeenCalledWith('opml.import', OPML);
  });
});
