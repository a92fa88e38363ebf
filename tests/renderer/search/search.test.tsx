import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Highlighted } from '../../../renderer/src/search/Highlighted';
import { feed, summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

const HITS = {
  hits: [
    {
      article: summary(1, { title: 'Rising seas <img src=x onerror=alert(1)>' }),
      titleHighlights: [{ start: 7, end: 11 }],
      snippet: 'the seas rose',
      snippetHighlights: [{ start: 4, end: 8 }],
    },
    { article: summary(2, { title: 'Second' }), titleHighlights: [], snippet: 'no match here', snippetHighlights: [] },
  ],
  hasMore: false,
  total: { results: { count: 2, more: false }, matches: { count: 2, more: false } },
};

describe('search', () => {
  it('focuses with /, searches on Enter and shows ranked hits with marks built from offsets', async () => {
    const { client } = renderApp({ ...libraryHandlers(), 'search.articles': () => HITS });
    await screen.findByRole('region', { name: 'World' });
    const user = userEvent.setup();
    await user.keyboard('/');
    const field = screen.getByRole('searchbox', { name: 'Search articles' });
    expect(field).toHaveFocus();
    await user.type(field, 'seas{Enter}');
    const results = await screen.findByRole('list', { name: 'Results for seas' });
    const [first] = within(results).getAllByRole('listitem');
    expect(within(first!).getAllByText('seas', { selector: 'mark' })).toHaveLength(2);
    // The title's markup stays text: no element was made from it.
    expect(first!.querySelector('img')).toBeNull();
    expect(first).toHaveTextContent('Rising seas <img src=x onerror=alert(1)>');
    expect(client.calls).toHaveBeenCalledWith(
      'search.articles',
      expect.objectContaining({ query: 'seas', unreadOnly: false, bookmarkedOnly: false }),
    );
  });

  it('filters by section, unread and bookmarked', async () => {
    const { client } = renderApp({ ...libraryHandlers(), 'search.articles': () => HITS });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'seas{Enter}');
    await screen.findByRole('list', { name: 'Results for seas' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'World');
    await user.click(screen.getByRole('button', { name: 'Unread' }));
    await user.click(screen.getByRole('button', { name: 'Bookmarked' }));
    expect(client.calls).toHaveBeenLastCalledWith(
      'search.articles',
      expect.objectContaining({ sectionId: 's1', unreadOnly: true, bookmarkedOnly: true }),
    );
  });

  it('filters by feed (among the chosen section’s) and by date', async () => {
    const feeds = [
      feed('f1', 'The Daily Courier', 's1'),
      feed('f2', 'Ars Machina', 's2'),
      feed('f3', 'Harbour Gazette', 's1'),
    ];
    const { client } = renderApp({ ...libraryHandlers(), 'feeds.list': () => feeds, 'search.articles': () => HITS });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'seas{Enter}');
    await screen.findByRole('list', { name: 'Results for seas' });
    const feedPicker = screen.getByRole('combobox', { name: 'Feed' });
    await user.selectOptions(feedPicker, 'Ars Machina');
    expect(client.calls).toHaveBeenLastCalledWith('search.articles', expect.objectContaining({ feedId: 'f2' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'World');
    // Ars Machina is in Technology: choosing World lets it go and offers World's feeds only.
    expect(feedPicker).toHaveValue('');
    expect(
      within(feedPicker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All feeds', 'The Daily Courier', 'Harbour Gazette']);
    const before = Date.now();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date' }), 'Past week');
    const [, query] = client.calls.mock.calls.at(-1) as [string, { since: string; feedId?: string; sectionId: string }];
    expect(query.sectionId).toBe('s1');
    expect(query.feedId).toBeUndefined();
    const week = 7 * 86_400_000;
    expect(Date.parse(query.since)).toBeGreaterThanOrEqual(before - week);
    expect(Date.parse(query.since)).toBeLessThanOrEqual(Date.now() - week);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date' }), 'Any time');
    expect(client.calls).toHaveBeenLastCalledWith(
      'search.articles',
      expect.not.objectContaining({ since: expect.anything() }),
    );
  });

  it('filters by a custom range of local days, both included, and reads a backwards range the right way round', async () => {
    const { client } = renderApp({ ...libraryHandlers(), 'search.articles': () => HITS });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'seas{Enter}');
    await screen.findByRole('list', { name: 'Results for seas' });
    expect(screen.queryByLabelText('From date')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date' }), 'Between dates…');
    // Nothing typed yet: the range is open at both ends.
    expect(client.calls).toHaveBeenLastCalledWith(
      'search.articles',
      expect.not.objectContaining({ since: expect.anything() }),
    );
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2025-06-01' } });
    fireEvent.change(screen.getByLabelText('To date'), { target: { value: '2025-06-10' } });
    const lastQuery = () => (client.calls.mock.calls.at(-1) as [string, { since?: string; until?: string }])[1];
    expect(lastQuery().since).toBe(new Date(2025, 5, 1).toISOString());
    expect(lastQuery().until).toBe(new Date(2025, 5, 11).toISOString());
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2025-06-20' } });
    expect(lastQuery().since).toBe(new Date(2025, 5, 10).toISOString());
    expect(lastQuery().until).toBe(new Date(2025, 5, 21).toISOString());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date' }), 'Any time');
    expect(lastQuery()).not.toHaveProperty('until');
    expect(screen.queryByLabelText('From date')).toBeNull();
  });

  it('exports every match of the words, or exactly the filtered results on screen', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const result = {
      token: 'c'.repeat(32),
      fileName: 'seas.csv',
      mimeType: 'text/csv',
      byteLength: 10,
      articleCount: 2,
    };
    const { client } = renderApp({
      ...libraryHandlers(),
      'search.articles': () => HITS,
      'exports.run': () => result,
      'exports.save': () => ({ kind: 'download', url: `/exports/${result.token}` }),
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'seas{Enter}');
    await screen.findByRole('list', { name: 'Results for seas' });

    await user.click(screen.getByRole('button', { name: 'Export…' }));
    let dialog = screen.getByRole('dialog', { name: 'Export' });
    // No filter: the words are the whole selection, so nothing offers "the results shown".
    expect(within(dialog).getAllByRole('radio')).toHaveLength(2);
    expect(within(dialog).getByRole('radio', { name: 'Every match for “seas”' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'All bookmarks' })).not.toBeChecked();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'CSV (read-later apps)');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await within(dialog).findByText('Downloading seas.csv (2 articles).');
    expect(client.calls).toHaveBeenCalledWith(
      'exports.run',
      expect.objectContaining({ what: { kind: 'search', query: 'seas' }, format: 'csv' }),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Unread' }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    dialog = screen.getByRole('dialog', { name: 'Export' });
    const shown = within(dialog).getByRole('radio', { name: 'The 2 results shown' });
    expect(shown).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await within(dialog).findByText('Downloading seas.csv (2 articles).');
    expect(client.calls).toHaveBeenLastCalledWith('exports.save', result.token, { pdf: false });
    expect(client.calls).toHaveBeenCalledWith(
      'exports.run',
      expect.objectContaining({ what: { kind: 'articles', ids: ['a1', 'a2'] } }),
    );
    expect(click).toHaveBeenCalledTimes(2);
    click.mockRestore();
  });

  it('says how many results there are beyond the page, and how many the filters leave', async () => {
    const capped = { count: 1000, more: true };
    renderApp({
      ...libraryHandlers(),
      'search.articles': (query: { query: string; unreadOnly?: boolean; bookmarkedOnly?: boolean }) => {
        if (query.query === 'the') return { ...HITS, hasMore: true, total: { results: capped, matches: capped } };
        const matches = { count: 132, more: false };
        if (query.bookmarkedOnly)
          return { hits: [], hasMore: false, total: { results: { count: 0, more: false }, matches } };
        return { ...HITS, total: { results: query.unreadOnly ? { count: 2, more: false } : matches, matches } };
      },
    });
    const user = userEvent.setup();
    const field = screen.getByRole('searchbox', { name: 'Search articles' });
    await user.type(field, 'seoul{Enter}');
    expect(await screen.findByText('132 results for “seoul”')).toHaveRole('status');
    await user.click(screen.getByRole('button', { name: 'Unread' }));
    expect(await screen.findByText('2 of 132 results for “seoul”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bookmarked' }));
    expect(await screen.findByText('No results with these filters (132 without)')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'the{Enter}');
    await user.click(screen.getByRole('button', { name: 'Unread' }));
    await user.click(screen.getByRole('button', { name: 'Bookmarked' }));
    expect(await screen.findByText('1,000+ results for “the”')).toBeInTheDocument();
  });

  it('clips highlight ranges it cannot trust', () => {
    render(
      <p data-testid="t">
        <Highlighted
          text="abcdef"
          ranges={[
            { start: 4, end: 99 },
            { start: -3, end: 2 },
            { start: 1, end: 3 },
          ]}
        />
      </p>,
    );
    const marks = [...screen.getByTestId('t').querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['ab', 'c', 'ef']);
    expect(screen.getByTestId('t')).toHaveTextContent('abcdef');
  });
});
