import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { feed } from '../support/library-data';
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

  describe('the reading flow', () => {
    /** Gives the reading pane a layout jsdom lacks: a 500 px window onto 1,200 px of text. */
    function layOut(pane: HTMLElement) {
      let top = 0;
      Object.defineProperty(pane, 'clientHeight', { configurable: true, get: () => 500 });
      Object.defineProperty(pane, 'scrollHeight', { configurable: true, get: () => 1200 });
      Object.defineProperty(pane, 'scrollTop', { configurable: true, get: () => top, set: (v: number) => (top = v) });
      pane.scrollTo = ((options: ScrollToOptions) => {
        top = Math.max(0, Math.min(700, options.top ?? top));
      }) as typeof pane.scrollTo;
      return () => top;
    }
    const scrollPane = () =>
      screen.getByRole('main', { name: 'Reading pane' }).querySelector<HTMLElement>('.reading-pane__scroll')!;

    it('Space pages through the article and at its end opens the next unread; Shift+Space pages back and stops at the top', async () => {
      const { user } = await start();
      await user.keyboard(' ');
      // Nothing open: Space starts at the first unread.
      expect(await showing('Story 0')).toBeInTheDocument();
      const scrolled = layOut(scrollPane());
      await user.keyboard(' ');
      expect(scrolled()).toBe(452);
      await user.keyboard(' ');
      expect(scrolled()).toBe(700);
      await user.keyboard('{Shift>} {/Shift}');
      expect(scrolled()).toBe(248);
      await user.keyboard('{Shift>} {/Shift}{Shift>} {/Shift}');
      expect(scrolled()).toBe(0);
      expect(await showing('Story 0')).toBeInTheDocument();
      await user.keyboard('   ');
      // Story 1 is unread, Story 2 read (skipped), so the end of Story 0 leads to Story 1.
      expect(await showing('Story 1')).toBeInTheDocument();
    });

    it('Space on the open article’s row reads on instead of pressing the row', async () => {
      const { user } = await start();
      await user.click(screen.getByRole('button', { name: /Story 0/ }));
      await showing('Story 0');
      layOut(scrollPane());
      expect(document.activeElement).toHaveAttribute('data-article-id', 'a0');
      await user.keyboard(' ');
      expect(scrollPane().scrollTop).toBe(452);
    });

    it('v opens the original in the browser', async () => {
      const { user, client } = await start();
      await user.keyboard('j');
      await showing('Story 0');
      await user.keyboard('v');
      expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://news.example/0');
    });

    it('works by the physical key with a Korean or an Arabic layout', async () => {
      const { client } = await start();
      fireEvent.keyDown(document.body, { key: 'ㅓ', code: 'KeyJ' });
      expect(await showing('Story 0')).toBeInTheDocument();
      fireEvent.keyDown(document.body, { key: 'ت', code: 'KeyJ' });
      expect(await showing('Story 1')).toBeInTheDocument();
      fireEvent.keyDown(document.body, { key: 'ر', code: 'KeyV' });
      expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://news.example/1');
    });

    it('Alt+↓ and Alt+↑ open the next and previous section, Shift+J and Shift+K the next and previous feed', async () => {
      const view = renderApp(
        libraryHandlers(250, {
          'feeds.list': () => [
            feed('f1', 'The Daily Courier', 's1', { position: 1 }),
            feed('f2', 'Evening Post', 's1', { position: 2 }),
            feed('f3', 'Tech Daily', 's2', { position: 1 }),
          ],
        }),
      );
      await screen.findByRole('region', { name: 'World' });
      const user = userEvent.setup();
      const listScope = () =>
        view.client.calls.mock.calls.filter(([method]) => method === 'articles.list').at(-1)?.[1]?.scope;
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'section', sectionId: 's1' }));
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'section', sectionId: 's2' }));
      await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'section', sectionId: 's1' }));
      await user.keyboard('{Shift>}J{/Shift}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'feed', feedId: 'f1' }));
      await user.keyboard('{Shift>}J{/Shift}{Shift>}J{/Shift}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'feed', feedId: 'f3' }));
      await user.keyboard('{Shift>}K{/Shift}');
      await waitFor(() => expect(listScope()).toEqual({ kind: 'feed', feedId: 'f2' }));
    });

    it('the ? overlay lists every key', async () => {
      const { user } = await start();
      await user.keyboard('?');
      const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
      for (const key of ['Space', 'Shift+Space', 'v', 'f', 'Alt+↓', 'Alt+↑', 'Shift+J', 'Shift+K'])
        expect(within(dialog).getByText(key, { selector: 'kbd' })).toBeInTheDocument();
      expect(dialog).toHaveTextContent('Open the original in the browser');
      expect(dialog).toHaveTextContent('Next feed');
    });
  });
});
