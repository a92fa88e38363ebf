import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { renderApp } from '../support/render-app';

describe('the three-pane shell', () => {
  it('shows the sidebar, article list and reading pane with their empty states', async () => {
    renderApp();
    const nav = screen.getByRole('navigation', { name: 'Library' });
    for (const name of ['Front page', 'All unread', 'Today', 'Bookmarks']) {
      expect(within(nav).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('heading', { name: 'Sections' })).toBeInTheDocument();
    expect(await within(nav).findByText('No sections yet')).toBeInTheDocument();
    expect(within(nav).getByText(/add a feed/i)).toBeInTheDocument();

    const list = screen.getByRole('region', { name: 'Front page' });
    expect(within(list).getByText('Nothing on the front page yet')).toBeInTheDocument();

    // The front page's broadsheet has no reading pane beside it; every list has one.
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('button', { name: 'All unread' }));
    const main = screen.getByRole('main', { name: 'Reading pane' });
    expect(within(main).getByText('Select an article to read')).toBeInTheDocument();
  });

  it('shows the version and runtime from app.getInfo', async () => {
    renderApp();
    expect(await screen.findByText('9.8.7')).toBeInTheDocument();
    expect(screen.getByText('Browser preview')).toBeInTheDocument();
  });

  it('says so when app.getInfo fails, and can try again', async () => {
    let fail = true;
    const { client } = renderApp({
      'app.getInfo': () => {
        if (fail) throw new ApiError('CORE_UNAVAILABLE', 'The library is not running.');
        return {
          name: 'Broadsheet',
          version: '1.2.3',
          runtime: 'electron',
          platform: 'linux',
          versions: { node: '24', sqlite: null, electron: '45', chrome: '140' },
          dataDir: '/x',
        };
      },
    });
    expect(await screen.findByText(/Version unavailable: The library is not running\./)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1.2.3')).toBeInTheDocument();
    expect(screen.getByText('Desktop app')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('app.getInfo');
  });

  it('moves the selection to a smart view and marks it current', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Bookmarks' }));
    expect(screen.getByRole('button', { name: 'Bookmarks' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Front page' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('region', { name: 'Bookmarks' })).toHaveTextContent('No bookmarks yet');
  });

  it('is reachable from the keyboard: Tab to search, then the sidebar, arrows between rows, Enter selects', async () => {
    renderApp();
    await screen.findByText('No sections yet');
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Front page' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Today' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Hidden by rules' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Bookmarks' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('region', { name: 'Today' })).toBeInTheDocument();
  });
});
