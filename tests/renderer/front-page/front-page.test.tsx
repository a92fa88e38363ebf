import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { feed } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { summary } from '../support/library-data';
import { renderApp } from '../support/render-app';

/** The stories of a band (or of the whole front page) by headline, in the order the page holds them. */
const headlines = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-article-id]')].map((story) => story.textContent);

/** Three stories in World, the second the newest with a picture: it leads, the others follow newest first. */
const withPictures = libraryHandlers(0, {
  'articles.frontPage': () => ({
    sections: [
      {
        sectionId: 's1',
        name: 'World',
        unreadCount: 3,
        articles: [
          summary(0, { title: 'No picture, newest' }),
          summary(1, { title: 'Pictured', leadImageUrl: 'https://cdn.example/1.jpg' }),
          summary(2, { title: 'Older' }),
        ],
      },
      { sectionId: 's2', name: 'Technology', unreadCount: 1, articles: [summary(900, { title: 'Tech story' })] },
    ],
  }),
});

describe('the front page', () => {
  it('is the first screen: each section with its latest stories, empty sections left out', async () => {
    const { client } = renderApp(libraryHandlers());
    const front = screen.getByRole('region', { name: 'Front page' });
    const world = await within(front).findByRole('region', { name: 'World' });
    expect(within(world).getAllByRole('button', { name: /^Story/ })).toHaveLength(3);
    expect(within(world).getByText('3 unread')).toBeInTheDocument();
    expect(within(front).getByRole('region', { name: 'Technology' })).toHaveTextContent('Tech story');
    expect(within(front).queryByRole('region', { name: 'Empty' })).not.toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('articles.frontPage', 5);
  });

  it('lays each section out as a band, in the sections’ order: a lead story, then the grid of the next', async () => {
    renderApp(withPictures);
    const front = screen.getByRole('region', { name: 'Front page' });
    await within(front).findByRole('region', { name: 'World' });
    expect(
      within(front)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['World', 'Technology']);
    const world = within(front).getByRole('region', { name: 'World' });
    const [lead, ...grid] = within(world).getAllByRole('listitem');
    expect(lead).toHaveClass('front-story--lead');
    expect(within(lead!).getByRole('button')).toHaveAccessibleName('Pictured');
    expect(grid.map((story) => within(story).getByRole('button').textContent)).toEqual(['No picture, newest', 'Older']);
    for (const story of grid) expect(story).toHaveClass('front-story--grid');
    // The reading order is the order shown: across the bands, lead first.
    expect(headlines(front)).toEqual(['Pictured', 'No picture, newest', 'Older', 'Tech story']);
    // Nothing is open: no empty reading pane beside it.
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();
  });

  it('gives the three panes back when a story is opened, and the broadsheet back with Escape or Front page', async () => {
    renderApp(withPictures);
    await userEvent.click(await screen.findByRole('button', { name: 'Older' }));
    const reading = await screen.findByRole('main', { name: 'Reading pane' });
    expect(await within(reading).findByRole('heading', { level: 1 })).toBeInTheDocument();
    // The front page is a column of rows beside it, the open one marked.
    const front = screen.getByRole('region', { name: 'Front page' });
    expect(within(front).getByRole('button', { current: true })).toHaveTextContent('Older');
    expect(front.querySelector('.front-story')).toBeNull();
    // The focus stays on the story it was on, now in the column.
    expect(document.activeElement).toHaveAttribute('data-article-id', 'a2');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();
    expect(within(front).getAllByRole('listitem')[0]).toHaveClass('front-story--lead');
    expect(document.activeElement).toHaveTextContent('Older');

    await userEvent.click(screen.getByRole('button', { name: 'Tech story' }));
    await screen.findByRole('main', { name: 'Reading pane' });
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Library' })).getByRole('button', { name: /^Front page/ }),
    );
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tech story' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Whole front page' }));
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();
  });

  it('walks the stories with j and k in the order they are shown', async () => {
    renderApp(withPictures);
    await screen.findByRole('region', { name: 'World' });
    const current = () => screen.getByRole('region', { name: 'Front page' }).querySelector('[aria-current="true"]');
    const walked: (string | null | undefined)[] = [];
    for (const key of ['j', 'j', 'j', 'j']) {
      await userEvent.keyboard(key);
      walked.push(current()?.querySelector('.article-row__title')?.textContent);
    }
    expect(walked).toEqual(['Pictured', 'No picture, newest', 'Older', 'Tech story']);
    await userEvent.keyboard('k');
    expect(current()).toHaveTextContent('Older');
  });

  it('shows each story’s source, time and summary', async () => {
    renderApp(libraryHandlers());
    const story = (await screen.findByRole('button', { name: 'Story 0' })).closest('li')!;
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
