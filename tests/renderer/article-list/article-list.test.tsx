import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

async function openUnread(total = 250) {
  const view = renderApp(libraryHandlers(total));
  await userEvent.click(screen.getByRole('button', { name: /All unread/ }));
  const list = await screen.findByRole('list', { name: 'Articles in All unread' });
  return { ...view, list };
}

const listCalls = (calls: unknown[][]) =>
  calls.filter(([method]) => method === 'articles.list').map(([, query]) => query as Record<string, unknown>);

describe('article lists', () => {
  it('renders only the rows on screen, under day headings', async () => {
    const { list } = await openUnread();
    const rows = within(list).getAllByRole('button');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(within(list).getByRole('heading', { name: 'Today' })).toBeInTheDocument();
  });

  it('loads the next page with the cursor as the reader scrolls, and stops at the end', async () => {
    const { client } = await openUnread(250);
    const scroller = document.querySelector('.virtual-list')!;
    for (const top of [9_000, 20_000, 40_000]) {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
    }
    // The reader reaches the last story: every page has arrived, so every request has been made.
    await screen.findByRole('button', { name: /Story 249/ });
    const queries = listCalls(client.calls.mock.calls);
    expect(queries[0]).toMatchObject({ scope: { kind: 'unread' }, order: 'newest', unreadOnly: false, limit: 100 });
    // StrictMode runs the first load twice; each cursor is asked for once.
    expect([...new Set(queries.map((query) => query.cursor))]).toEqual([undefined, '100', '200']);
    expect(queries.filter((query) => query.cursor === '200')).toHaveLength(1);
  });

  it('asks again for the oldest first, unread only, and switches layout', async () => {
    const { client } = await openUnread();
    await userEvent.click(screen.getByRole('button', { name: 'Sort: newest first' }));
    await userEvent.click(screen.getByRole('button', { name: 'Unread only' }));
    expect(screen.getByRole('button', { name: 'Unread only' })).toHaveAttribute('aria-pressed', 'true');
    const queries = listCalls(client.calls.mock.calls);
    expect(queries.at(-1)).toMatchObject({ order: 'oldest', unreadOnly: true });
    await userEvent.click(screen.getByRole('button', { name: 'Compact layout' }));
    expect(document.querySelector('.article-row--compact')).not.toBeNull();
    expect(document.querySelector('.article-row--cards')).toBeNull();
  });

  it('groups a mixed list by section on request, asking the core for that order, and remembers it', async () => {
    const grouped = [
      summary(1, { title: 'Harbour vote', sectionId: 's1' }),
      summary(4, { title: 'Ferry strike', sectionId: 's1' }),
      summary(2, { title: 'New chip plant', sectionId: 's2' }),
      summary(3, { title: 'Loose story', sectionId: null }),
    ];
    const { client } = renderApp(
      libraryHandlers(250, {
        'articles.list': (query) =>
          query.groupBy === 'section'
            ? { items: grouped, nextCursor: null }
            : { items: [summary(0)], nextCursor: null },
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /All unread/ }));
    const dayList = await screen.findByRole('list', { name: 'Articles in All unread' });
    expect(within(dayList).getByRole('heading', { name: 'Today' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'By section' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(toggle);
    await screen.findByText('Harbour vote');
    const list = screen.getByRole('list', { name: 'Articles in All unread' });
    expect(listCalls(client.calls.mock.calls).at(-1)).toMatchObject({ scope: { kind: 'unread' }, groupBy: 'section' });
    expect(
      within(list)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['World', 'Technology', 'Not in a section']);
    expect(screen.getByRole('button', { name: 'By section' })).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(localStorage.getItem('broadsheet.listOptions') ?? '{}')).toMatchObject({ grouping: 'section' });

    // A section's own list has nothing to group: no toggle, and day headings.
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Library' })).getAllByRole('button', { name: /^World/ })[0]!,
    );
    await screen.findByRole('list', { name: 'Articles in World' });
    expect(screen.queryByRole('button', { name: 'By section' })).toBeNull();
    expect(listCalls(client.calls.mock.calls).at(-1)).not.toHaveProperty('groupBy');
    localStorage.removeItem('broadsheet.listOptions');
  });

  it('shows read and bookmarked state', async () => {
    const { list } = await openUnread();
    expect(within(list).getByText('Story 0').closest('button')).toHaveTextContent(/^Unread\./);
    expect(within(list).getByText('Story 2').closest('button')).toHaveClass('is-read');
  });

  it('shows an empty state', async () => {
    renderApp(libraryHandlers(0));
    await userEvent.click(screen.getByRole('button', { name: /Bookmarks/ }));
    expect(await screen.findByText('No bookmarks yet')).toBeInTheDocument();
  });
});
