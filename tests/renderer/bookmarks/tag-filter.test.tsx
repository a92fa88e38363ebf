import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { libraryHandlers } from '../support/library-handlers';
import { summary } from '../support/library-data';
import { renderApp } from '../support/render-app';

/** Bookmarks tagged "korea" and "world"; the list answers by the scope's tag, like the core. */
function bookmarkHandlers() {
  const tagged = {
    korea: [summary(1, { title: 'Seoul vote', isBookmarked: true })],
    world: [summary(2, { title: 'Summit', isBookmarked: true })],
  };
  return libraryHandlers(5, {
    'bookmarks.tags': () => [
      { tag: 'korea', count: 1 },
      { tag: 'world', count: 1 },
    ],
    'articles.list': (query) => {
      const scope = query.scope;
      const items =
        scope.kind === 'bookmarks'
          ? scope.tag === undefined
            ? [...tagged.korea, ...tagged.world]
            : (tagged[scope.tag as keyof typeof tagged] ?? [])
          : [];
      return { items, nextCursor: null };
    },
  });
}

describe('the bookmarks view’s tag filter', () => {
  it('shows a chip per tag and narrows the list to the chosen tag, and back to all', async () => {
    const { client } = renderApp(bookmarkHandlers());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Bookmarks/ }));
    const chips = await screen.findByRole('group', { name: 'Filter bookmarks by tag' });
    expect(await screen.findByText('Summit')).toBeInTheDocument();

    await user.click(within(chips).getByRole('button', { name: 'korea (1)' }));
    expect(within(chips).getByRole('button', { name: 'korea (1)' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.queryByText('Summit')).toBeNull());
    expect(screen.getByText('Seoul vote')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith(
      'articles.list',
      expect.objectContaining({ scope: { kind: 'bookmarks', tag: 'korea' } }),
    );

    await user.click(within(chips).getByRole('button', { name: 'All' }));
    expect(await screen.findByText('Summit')).toBeInTheDocument();
    // The whole app renders here; on a loaded machine that takes seconds.
  }, 20_000);

  it('is not shown in other views', async () => {
    renderApp(bookmarkHandlers());
    await screen.findByRole('region', { name: 'Front page' });
    await userEvent.click(screen.getByRole('button', { name: /^All articles|^All/ }));
    expect(screen.queryByRole('group', { name: 'Filter bookmarks by tag' })).toBeNull();
  });
});
