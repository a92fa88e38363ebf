import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { counts, feed, section } from '../support/library-data';
import { renderApp } from '../support/render-app';

const SECTIONS = [section('s1', 'World', 1), section('s2', 'Technology', 2)];
const FEEDS = [
  feed('f1', 'The Daily Courier', 's1'),
  feed('f2', 'Broken Wire', 's1', {
    sync: {
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: 'HTTP 503 Service Unavailable',
      lastErrorCause: 'http',
      consecutiveFailures: 3,
      nextDueAt: null,
    },
  }),
  feed('f3', 'Ars Machina', 's2'),
  feed('f4', 'Loose Leaf', null),
];
const handlers = {
  'sections.list': () => SECTIONS,
  'feeds.list': () => FEEDS,
  'articles.counts': () =>
    counts(12, {
      today: 4,
      bookmarks: 2,
      sections: [
        { id: 's1', unread: 9 },
        { id: 's2', unread: 3 },
      ],
      feeds: [
        { id: 'f1', unread: 9 },
        { id: 'f3', unread: 3 },
      ],
    }),
};

describe('the sidebar', () => {
  it('shows live counts on smart views, sections and feeds', async () => {
    const { client } = renderApp(handlers);
    const nav = screen.getByRole('navigation', { name: 'Library' });
    expect(await within(nav).findByLabelText('12 unread')).toBeInTheDocument();
    expect(within(nav).getByLabelText('4 unread')).toBeInTheDocument();
    expect(within(nav).getByLabelText('2 bookmarks')).toBeInTheDocument();
    const feeds = within(nav).getByRole('list', { name: 'Feeds in World' });
    expect(within(feeds).getByRole('button', { name: /The Daily Courier/ })).toHaveTextContent('9');

    client.emit(
      'library.countsChanged',
      counts(11, { sections: [{ id: 's1', unread: 8 }], feeds: [{ id: 'f1', unread: 8 }] }),
    );
    expect(await within(nav).findByLabelText('11 unread')).toBeInTheDocument();
    expect(within(feeds).getByRole('button', { name: /The Daily Courier/ })).toHaveTextContent('8');
  });

  it('says why a feed failed', async () => {
    renderApp(handlers);
    const row = await screen.findByRole('button', { name: /Broken Wire/ });
    expect(row).toHaveAccessibleDescription('Last refresh failed: HTTP 503 Service Unavailable');
    // On hover, not as a red line under every failed feed: the refresh panel sums failures up.
    expect(row).toHaveAttribute('title', 'Broken Wire\nLast refresh failed: HTTP 503 Service Unavailable');
    expect(screen.getByText(/Last refresh failed/)).toHaveClass('visually-hidden');
  });

  it('folds a section and remembers it', async () => {
    localStorage.clear();
    const first = renderApp(handlers);
    await userEvent.click(await screen.findByRole('button', { name: 'Collapse World' }));
    expect(screen.queryByRole('list', { name: 'Feeds in World' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Feeds in Technology' })).toBeInTheDocument();
    first.unmount();
    renderApp(handlers);
    expect(await screen.findByRole('button', { name: 'Expand World' })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Expand World' }));
    expect(screen.getByRole('list', { name: 'Feeds in World' })).toBeInTheDocument();
    localStorage.clear();
  });

  it('lists feeds in no section under Other feeds, and opens a feed', async () => {
    renderApp(handlers);
    const other = await screen.findByRole('list', { name: 'Other feeds' });
    await userEvent.click(within(other).getByRole('button', { name: /Loose Leaf/ }));
    expect(screen.getByRole('region', { name: 'Loose Leaf' })).toBeInTheDocument();
  });
});
