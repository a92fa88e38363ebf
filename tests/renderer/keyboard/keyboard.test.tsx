import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

const readingPane = () => within(screen.getByRole('main', { name: 'Reading pane' }));
const heading = () => readingPane().findByRole('heading', { level: 1 });
/** Waits until the reading pane shows this article, not just any article. */
const showing = (title: string) => readingPane().findByRole('heading', { level: 1, name: title });

async function start() {
  const view = renderApp(libraryHandlers());
  // The rows reach the keyboard in the commit that shows them (FrontPage's layout effect): no pause needed here.
  await screen.findByRole('region', { name: 'World' });
  return { ...view, user: userEvent.setup() };
}

describe('keyboard shortcuts', () => {
  it('j and k move through the articles, n and p through unread ones', async () => {
    const { user } = await start();
    await user.keyboard('j');
    expect(await showing('Story 0')).toBeInTheDocument();
    await user.keyboard('jj');
    expect(await showing('Story 2')).toBeInTheDocument();
    await user.keyboard('k');
    expect(await showing('Story 1')).toBeInTheDocument();
    // Story 2 is read in the fixture (and 0 and 1 were just read on opening): n goes to Tech story.
    await user.keyboard('n');
    expect(await showing('Story 900')).toBeInTheDocument();
  });

  it('m toggles read, b bookmarks, Shift+A marks the view read', async () => {
    const { user, client } = await start();
    await user.keyboard('j');
    await heading();
    await user.keyboard('m');
    expect(client.calls).toHaveBeenLastCalledWith('articles.markRead', { kind: 'articles', ids: ['a0'] }, false);
    await user.keyboard('b');
    expect(client.calls).toHaveBeenLastCalledWith('bookmarks.set', 'a0', {});
    await user.keyboard('{Shift>}A{/Shift}');
    expect(client.calls).toHaveBeenLastCalledWith(
      'articles.markRead',
      { kind: 'articles', ids: ['a0', 'a1', 'a2', 'a900'] },
      true,
    );
  });

  it('acts on the rows of a view the moment they show', async () => {
    renderApp(libraryHandlers());
    await screen.findByRole('region', { name: 'World' });
    // The key arrives before anything else can run (on a loaded machine, input can overtake React's
    // scheduled work); it must still find the rows that are on screen.
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(await showing('Story 0')).toBeInTheDocument();
  });

  it('o opens the first article when none is open', async () => {
    const { user } = await start();
    await user.keyboard('o');
    expect(await showing('Story 0')).toBeInTheDocument();
  });

  it('does nothing while the reader types', async () => {
    const { user, client } = await start();
    await user.keyboard('j');
    await heading();
    await user.click(screen.getByRole('button', { name: 'Bookmark' }));
    await user.click(screen.getByRole('button', { name: 'Tags & note' }));
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'jkmb');
    expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveValue('jkmb');
    expect(await showing('Story 0')).toBeInTheDocument();
    expect(client.calls).not.toHaveBeenCalledWith('articles.markRead', expect.anything(), false);
  });

  it('? shows a shortcuts dialog that keeps focus and closes with Escape', async () => {
    const { user } = await start();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('j');
    // Nothing opened: the front page is still the broadsheet, with no reading pane.
    expect(screen.queryByRole('main', { name: 'Reading pane' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
