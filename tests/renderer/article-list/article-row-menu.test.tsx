import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import type { FakeHandlers } from '../support/fake-client';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

async function openUnread(overrides: FakeHandlers = {}) {
  const view = renderApp(libraryHandlers(250, overrides));
  await userEvent.click(screen.getByRole('button', { name: /All unread/ }));
  const list = await screen.findByRole('list', { name: 'Articles in All unread' });
  return { ...view, list };
}

/** A row by its article (names run the row's texts together: "Story 4World…"). */
const row = (id: string) => {
  const found = document.querySelector<HTMLElement>(`.virtual-list [data-article-id="${id}"]`);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
};

const markCalls = (calls: unknown[][]) =>
  calls.filter(([method]) => method === 'articles.markRead').map(([, target, read]) => ({ target, read }));

describe('an article row’s menu', () => {
  it('marks everything above a row read by the rows shown, and everything below through the core', async () => {
    const { client } = await openUnread();
    // Story 4 is the fifth row; stories 0, 1 and 3 above it are unread (every third story is read).
    fireEvent.contextMenu(row('a4'));
    const menu = await screen.findByRole('menu', { name: 'Actions for Story 4' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent)
        // "Make a rule from this…" follows the list's own items.
        .slice(0, 4),
    ).toEqual(['Mark as read', 'Bookmark', 'Mark above as read', 'Mark below as read']);
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Mark above as read' }));
    expect(markCalls(client.calls.mock.calls).at(-1)).toEqual({
      target: { kind: 'articles', ids: ['a0', 'a1', 'a3'] },
      read: true,
    });
    await waitFor(() => expect(row('a0')).toHaveClass('is-read'));
    expect(row('a4')).toHaveClass('is-unread');

    // Not every row below is loaded: the core marks them by the list's order, and the loaded ones show it at once.
    fireEvent.contextMenu(row('a4'));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mark below as read' }));
    expect(markCalls(client.calls.mock.calls).at(-1)).toEqual({
      target: { kind: 'below', articleId: 'a4', scope: { kind: 'unread' }, order: 'newest' },
      read: true,
    });
    expect(row('a6')).toHaveClass('is-read');
    expect(row('a4')).toHaveClass('is-unread');
  });

  it('opens from the keyboard and says why an item cannot be chosen', async () => {
    await openUnread();
    const first = row('a0');
    first.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu', { name: 'Actions for Story 0' });
    expect(within(menu).getByRole('menuitem', { name: 'Mark above as read' })).toHaveAttribute('aria-disabled', 'true');
    expect(menu).toHaveAccessibleDescription('Nothing above is unread.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(first).toHaveFocus();
  });
});

describe('marking read on scroll', () => {
  const scrollDown = (top: number) => {
    const scroller = document.querySelector('.virtual-list')!;
    fireEvent.wheel(scroller);
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
  };

  it('marks the unread rows that scrolled past the top when the setting is on', async () => {
    const { client } = await openUnread({ 'settings.get': () => ({ ...DEFAULT_SETTINGS, markReadOnScroll: true }) });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Articles in All unread' })).toBeInTheDocument());
    // Cards are 124 px: 1,000 px down, the heading and the first seven stories have left the top.
    scrollDown(1_000);
    await waitFor(() => expect(markCalls(client.calls.mock.calls).length).toBeGreaterThan(0));
    const marked = markCalls(client.calls.mock.calls).flatMap(({ target }) => (target as { ids: string[] }).ids);
    expect(marked).toEqual(['a0', 'a1', 'a3', 'a4', 'a6']);
  });

  it('leaves everything unread when the setting is off (the default)', async () => {
    const { client } = await openUnread();
    scrollDown(1_000);
    await waitFor(() => expect(row('a12')).toBeInTheDocument());
    expect(markCalls(client.calls.mock.calls)).toEqual([]);
  });
});
