import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

const OFFER = {
  offer: true,
  feeds: 40,
  sections: ['World', 'Asia', 'Middle East', 'Europe', 'Technology'].map((name) => ({ name, feeds: 8 })),
};
const ADDED = { imported: 40, skipped: 0, invalid: 0, sectionsCreated: 5, entries: [], warnings: [] };

describe('the first-run offer', { timeout: 30_000 }, () => {
  it('offers the default subscriptions and adds them with one button', async () => {
    let offered = OFFER;
    const { client } = renderApp({
      'library.offerDefaults': () => offered,
      'library.addDefaults': () => {
        offered = { ...OFFER, offer: false };
        return ADDED;
      },
    });
    const offer = await screen.findByRole('region', { name: 'Start with a selection of news sources?' });
    expect(offer).toHaveTextContent('40 feeds in World, Asia, Middle East, Europe and more');
    await userEvent.click(within(offer).getByRole('button', { name: 'Add suggested feeds' }));
    expect(client.calls).toHaveBeenCalledWith('library.addDefaults');
    await waitFor(() => expect(screen.queryByRole('region', { name: /news sources/ })).not.toBeInTheDocument());
    expect(client.calls.mock.calls.filter(([method]) => method === 'sections.list').length).toBeGreaterThan(1);
  });

  it('hides the offer for good after “No thanks”', async () => {
    const first = renderApp({ 'library.offerDefaults': () => OFFER });
    await userEvent.click(await screen.findByRole('button', { name: 'No thanks' }));
    expect(screen.queryByRole('region', { name: /news sources/ })).not.toBeInTheDocument();
    first.unmount();
    renderApp({ 'library.offerDefaults': () => OFFER });
    await screen.findByText('No sections yet');
    expect(screen.queryByRole('region', { name: /news sources/ })).not.toBeInTheDocument();
  });

  it('is not shown once the library has feeds', async () => {
    renderApp({ 'library.offerDefaults': () => ({ ...OFFER, offer: false }) });
    await screen.findByText('No sections yet');
    expect(screen.queryByRole('button', { name: 'Add suggested feeds' })).not.toBeInTheDocument();
  });
});
