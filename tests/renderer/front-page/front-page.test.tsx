import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { feed } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

describe('the front page', () => {
  it('is the first screen: each section with its latest stories, empty sections left out', async () => {
    const { client } = renderApp(libraryHandlers());
    const front = screen.getByRole('region', { name: 'Front page' });
    const world = await within(front).findByRole('region', { name: 'World' });
    expect(within(world).getAllByRole('button', { name: /Story/ })).toHaveLength(3);
    expect(within(world).getByText('3 unread')).toBeInTheDocument();
    expect(within(front).getByRole('region', { name: 'Technology' })).toHaveTextContent('Tech story');
    expect(within(front).queryByRole('region', { name: 'Empty' })).not.toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('articles.frontPage', 5);
  });

  it('shows each story’s source, time and summary', async () => {
    renderApp(libraryHandlers());
    const story = await screen.findByRole('button', { name: /Story 0/ });
    expect(story).toHaveTextContent('The Daily Courier');
    expect(story).toHaveTextContent('Summary of story 0.');
    expect(within(story).getByText('Just now')).toBeInTheDocument();
  });

  it('goes into the full section list with See all', async () => {
    renderApp(libraryHandlers());
    await userEvent.click(
      within(await screen.findByRole('region', { name: 'World' })).getByRole('button', { name: /See all/ }),
    );
    expect(await screen.findByRole('list', { name: 'Articles in World' })).toBeInTheDocument();
  });

  it('reloads when counts change and shows errors with a retry', async () => {
    let fail = true;
    const handlers = libraryHandlers(250);
    renderApp({
      ...handlers,
      'articles.frontPage': (n) => {
        if (fail) throw new ApiError('STORAGE', 'The library file is locked.');
        return handlers['articles.frontPage']!(n);
      },
    });
    expect(await screen.findByText('The front page could not be loaded')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'World' })).toBeInTheDocument();
  });

  it('says why it is empty: no feeds, offline before the first fetch, or feeds that brought nothing', async () => {
    const empty = { 'articles.frontPage': () => ({ sections: [] }) };
    const offline = {
      online: false,
      running: null,
      nextCheckAt: null,
      notice: null,
      lastFinished: null,
      refreshIntervalMinutes: 30,
    };

    const first = renderApp(libraryHandlers(0, { ...empty, 'feeds.list': () => [] }));
    expect(await screen.findByText('Nothing on the front page yet')).toBeInTheDocument();
    expect(screen.getByText('Add a feed and its newest stories will appear here.')).toBeInTheDocument();
    first.unmount();

    const withFeeds = { ...empty, 'feeds.list': () => [feed('f1', 'The Daily Courier', 's1')] };
    const second = renderApp(libraryHandlers(0, { ...withFeeds, 'sync.status': () => offline }));
    expect(await screen.findByText('Your feeds have not been fetched yet')).toBeInTheDocument();
    expect(
      screen.getByText(/You’re offline\. Broadsheet will fetch them when the connection returns\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Add a feed/)).not.toBeInTheDocument();
    second.unmount();

    renderApp(libraryHandlers(0, withFeeds));
    expect(await screen.findByText('No stories yet')).toBeInTheDocument();
    expect(screen.queryByText(/Add a feed/)).not.toBeInTheDocument();
  });
});
