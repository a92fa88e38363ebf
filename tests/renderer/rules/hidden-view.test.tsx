import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@contract/library-models';
import type { FakeHandlers } from '../support/fake-client';
import { article, summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';
import { rulesBackend } from '../support/rules';

function hiddenLibrary(initial: ArticleSummary[], overrides: FakeHandlers = {}) {
  let hidden = initial;
  const backend = rulesBackend();
  const rendered = renderApp({
    ...libraryHandlers(),
    ...backend.handlers,
    'articles.list': (query) =>
      query.scope.kind === 'hidden' ? { items: hidden, nextCursor: null } : { items: [], nextCursor: null },
    'articles.get': (id) => article(Number(id.slice(1)), { ...hidden.find((item) => item.id === id) }),
    'rules.unhide': (ids) => {
      hidden = hidden.filter((item) => !ids.includes(item.id));
      return { changed: ids.length };
    },
    ...overrides,
  });
  return { ...rendered, user: userEvent.setup() };
}

const HIDDEN = [0, 1, 2].map((n) => summary(n, { title: `Hidden story ${n}`, hiddenByRule: true }));

describe('Hidden by rules', { timeout: 20_000 }, () => {
  it('is a view in the sidebar listing what rules hid, with Show again for them all', async () => {
    const { user, client } = hiddenLibrary(HIDDEN);
    await user.click(await screen.findByRole('button', { name: 'Hidden by rules' }));
    const list = await screen.findByRole('list', { name: 'Articles in Hidden by rules' });
    expect(client.calls).toHaveBeenCalledWith('articles.list', expect.objectContaining({ scope: { kind: 'hidden' } }));
    for (const n of [0, 1, 2]) expect(within(list).getByText(`Hidden story ${n}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 3 articles again' }));
    expect(client.calls).toHaveBeenCalledWith('rules.unhide', ['a0', 'a1', 'a2']);
    // The list loads again, without them.
    expect(await screen.findByText('Nothing is hidden')).toBeInTheDocument();
  });

  it('shows one article again from its row menu, or from the note above it when open', async () => {
    const { user, client } = hiddenLibrary(HIDDEN);
    await user.click(await screen.findByRole('button', { name: 'Hidden by rules' }));
    const list = await screen.findByRole('list', { name: 'Articles in Hidden by rules' });
    fireEvent.contextMenu(within(list).getByText('Hidden story 1').closest('button')!);
    await user.click(screen.getByRole('menuitem', { name: 'Show again' }));
    expect(client.calls).toHaveBeenCalledWith('rules.unhide', ['a1']);
    await waitFor(() => expect(screen.queryByText('Hidden story 1')).toBeNull());

    // The list loaded again (a new list element): open another article from it.
    const reloaded = await screen.findByRole('list', { name: 'Articles in Hidden by rules' });
    await user.click(within(reloaded).getByText('Hidden story 2'));
    const note = await screen.findByText(/A rule hid this article/);
    await user.click(within(note).getByRole('button', { name: 'Show again' }));
    expect(client.calls).toHaveBeenCalledWith('rules.unhide', ['a2']);
    await waitFor(() => expect(screen.queryByText(/A rule hid this article/)).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: 'Hidden story 2' })).toHaveFocus();
  });

  it('is there even when nothing is hidden, and says where rules are', async () => {
    const { user } = hiddenLibrary([]);
    await user.click(await screen.findByRole('button', { name: 'Hidden by rules' }));
    expect(await screen.findByText('Nothing is hidden')).toBeInTheDocument();
    expect(screen.getByText(/Rules are in Settings → Rules/)).toBeInTheDocument();
  });

  it('marks search results a rule hid', async () => {
    const hit = (n: number, hiddenByRule: boolean) => ({
      article: summary(n, { title: `Result ${n}`, hiddenByRule }),
      titleHighlights: [],
      snippet: 'words',
      snippetHighlights: [],
    });
    const { user } = hiddenLibrary([], {
      'search.articles': () => ({
        hits: [hit(1, true), hit(2, false)],
        hasMore: false,
        total: { results: { count: 2, more: false }, matches: { count: 2, more: false } },
      }),
    });
    await user.type(await screen.findByRole('searchbox', { name: 'Search articles' }), 'words{Enter}');
    const results = await screen.findByRole('list', { name: 'Results for words' });
    const [hidden, shown] = within(results).getAllByRole('listitem');
    expect(hidden).toHaveTextContent('Hidden by a rule');
    expect(shown).not.toHaveTextContent('Hidden by a rule');
    // Its menu shows it again; the mark goes at once.
    fireEvent.contextMenu(within(hidden!).getByRole('button'));
    await user.click(screen.getByRole('menuitem', { name: 'Show again' }));
    await waitFor(() => expect(hidden).not.toHaveTextContent('Hidden by a rule'));
  });
});
