import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { article, feed } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { liveSettings } from '../support/live-settings';
import { renderApp } from '../support/render-app';

const pane = () => screen.getByRole('main', { name: 'Reading pane' });

async function openStory(handlers = libraryHandlers()) {
  const view = renderApp(handlers);
  await userEvent.click(await screen.findByRole('button', { name: /Story 0/ }));
  await within(pane()).findByRole('heading', { level: 1, name: 'Story 0' });
  return view;
}

describe('the article view', () => {
  it('shows title, source, author, reading time and categories, and marks the article read', async () => {
    const { client } = await openStory();
    expect(pane()).toHaveTextContent('The Daily Courier');
    expect(pane()).toHaveTextContent('Maria Lindqvist');
    expect(pane()).toHaveTextContent('4 min read');
    expect(within(pane()).getByText('Body of story 0.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('articles.markRead', { kind: 'articles', ids: ['a0'] }, true);
    expect(screen.getByRole('region', { name: 'Front page' }).querySelector('[data-article-id="a0"]')).toHaveClass(
      'is-read',
    );
  });

  it('leaves the article unread when markReadOnOpen is off', async () => {
    const { client } = await openStory({
      ...libraryHandlers(),
      'settings.get': () => ({ ...DEFAULT_SETTINGS, markReadOnOpen: false }),
    });
    expect(client.calls).not.toHaveBeenCalledWith('articles.markRead', expect.anything(), true);
  });

  it('moves to the next and previous article from the toolbar, with Previous off at the first', async () => {
    await openStory();
    const previous = within(pane()).getByRole('button', { name: 'Previous article' });
    expect(previous).toBeDisabled();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Next article' }));
    expect(await within(pane()).findByRole('heading', { level: 1, name: 'Story 1' })).toBeInTheDocument();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Previous article' }));
    expect(await within(pane()).findByRole('heading', { level: 1, name: 'Story 0' })).toBeInTheDocument();
  });

  it('opens a category’s list', async () => {
    const { client } = await openStory();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Climate' }));
    expect(await screen.findByRole('region', { name: 'Climate' })).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith(
      'articles.list',
      expect.objectContaining({ scope: { kind: 'category', category: 'Climate' } }),
    );
  });

  it('opens links and the original in the system browser, never in the window', async () => {
    const handlers = libraryHandlers();
    const { client } = await openStory({
      ...handlers,
      'articles.get': () => article(0, { contentHtml: '<p><a href="https://elsewhere.example/x">a link</a></p>' }),
    });
    await userEvent.click(within(pane()).getByText('a link'));
    expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://elsewhere.example/x');
    expect(within(pane()).getByText('a link')).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(within(pane()).getByRole('button', { name: 'Open original' }));
    expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://news.example/0');
  });

  it('switches between full text and feed text when both exist', async () => {
    await openStory({
      ...libraryHandlers(),
      'articles.get': () => article(0, { fullTextHtml: '<p>The full text.</p>', contentHtml: '<p>The feed text.</p>' }),
    });
    expect(within(pane()).getByText('The full text.')).toBeInTheDocument();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Feed text' }));
    expect(within(pane()).getByText('The feed text.')).toBeInTheDocument();
  });

  it('bookmarks with tags and a note, and removes the bookmark', async () => {
    const { client } = await openStory();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Bookmark' }));
    expect(client.calls).toHaveBeenCalledWith('bookmarks.set', 'a0', {});
    await userEvent.click(within(pane()).getByRole('button', { name: 'Tags & note' }));
    await userEvent.type(within(pane()).getByRole('textbox', { name: 'Tags' }), 'climate, later, climate');
    await userEvent.type(within(pane()).getByRole('textbox', { name: 'Note' }), 'For Monday');
    await userEvent.click(within(pane()).getByRole('button', { name: 'Save' }));
    expect(client.calls).toHaveBeenCalledWith('bookmarks.set', 'a0', {
      tags: ['climate', 'later'],
      note: 'For Monday',
    });
    expect(await within(pane()).findByText(/#climate\s+#later/)).toBeInTheDocument();
    await userEvent.click(within(pane()).getByRole('button', { name: 'Bookmarked' }));
    expect(client.calls).toHaveBeenCalledWith('bookmarks.remove', 'a0');
  });

  it('keeps one bookmark state: the toolbar, the list row and the tags shown agree, and a new bookmark starts bare', async () => {
    const user = userEvent.setup();
    await openStory();
    const row = () => screen.getByRole('region', { name: 'Front page' }).querySelector('[data-article-id="a0"]')!;
    await user.keyboard('b');
    expect(within(pane()).getByRole('button', { name: 'Bookmarked' })).toHaveAttribute('aria-pressed', 'true');
    expect(row()).toHaveTextContent('Bookmarked.');
    await user.click(within(pane()).getByRole('button', { name: 'Tags & note' }));
    await user.type(within(pane()).getByRole('textbox', { name: 'Tags' }), 'climate');
    await user.click(within(pane()).getByRole('button', { name: 'Save' }));
    expect(await within(pane()).findByText('#climate')).toBeInTheDocument();

    await user.keyboard('b');
    expect(within(pane()).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
    expect(row()).not.toHaveTextContent('Bookmarked.');
    expect(within(pane()).queryByText('#climate')).toBeNull();
    await user.click(within(pane()).getByRole('button', { name: 'Bookmark' }));
    expect(within(pane()).queryByText('#climate')).toBeNull();
    await user.click(within(pane()).getByRole('button', { name: 'Tags & note' }));
    expect(within(pane()).getByRole('textbox', { name: 'Tags' })).toHaveValue('');
  });

  it('takes a bookmark back, with a message, when it cannot be saved', async () => {
    await openStory({
      ...libraryHandlers(),
      'bookmarks.set': () => {
        throw new ApiError('STORAGE', 'The disk is full.');
      },
    });
    await userEvent.click(within(pane()).getByRole('button', { name: 'Bookmark' }));
    expect(await screen.findByText(/The disk is full\./)).toBeInTheDocument();
    expect(within(pane()).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('applies the reading settings live and lays out by language', async () => {
    const { client } = await openStory({ ...libraryHandlers(), 'articles.get': () => article(0, { language: 'ar' }) });
    const body = pane().querySelector('article')!;
    expect(body).toHaveAttribute('lang', 'ar');
    expect(body).toHaveAttribute('dir', 'rtl');
    client.emit('settings.changed', {
      ...DEFAULT_SETTINGS,
      reading: { font: 'sans', fontSize: 22, lineHeight: 1.8, columnWidth: 600 },
    });
    await waitFor(() => expect(body.style.getPropertyValue('--reading-size')).toBe('22px'));
    expect(body.style.getPropertyValue('--reading-width')).toBe('600px');
    expect(body.style.getPropertyValue('--reading-font')).toBe('var(--font-ui)');
  });

  it.each([
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['en-GB', 'ltr'],
    ['ko', 'ltr'],
    [null, 'auto'],
  ])('gives an article in %j its language and the direction %j, the title and body included', async (language, dir) => {
    await openStory({ ...libraryHandlers(), 'articles.get': () => article(0, { language }) });
    const view = pane().querySelector('article')!;
    expect(view).toHaveAttribute('dir', dir);
    if (language) expect(view).toHaveAttribute('lang', language);
    else expect(view).not.toHaveAttribute('lang');
    // The title and the body take the article's direction rather than guessing it from their first letter
    // (an Arabic headline that starts with "iPhone" still reads right to left).
    expect(within(pane()).getByRole('heading', { level: 1, name: 'Story 0' })).not.toHaveAttribute('dir');
    expect(view.querySelector('.article__content')).toHaveAttribute('dir', dir);
  });

  it('shows sanitized content only', async () => {
    await openStory({
      ...libraryHandlers(),
      'articles.get': () =>
        article(0, {
          contentHtml: '<p onclick="alert(1)">Hi</p><script>alert(2)</script><a href="javascript:alert(3)">x</a>',
        }),
    });
    const content = pane().querySelector('.article__content')!;
    expect(content.innerHTML).toBe('<p>Hi</p><a rel="noopener noreferrer">x</a>');
  });

  describe('pictures', () => {
    const IMAGES =
      '<p>Text</p><img src="https://img.example/cached.png" alt="The harbour"><img src="https://img.example/gone.png" alt="The square">';
    const withImages = () => ({
      ...libraryHandlers(),
      'articles.get': () => article(0, { contentHtml: IMAGES }),
      'images.map': () => ({ 'https://img.example/cached.png': '/images/KEY1' }),
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('come from the offline cache, and an uncached one is a placeholder while offline', async () => {
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      const { client } = await openStory(withImages());
      expect(client.calls).toHaveBeenCalledWith('images.map', 'a0');
      expect(within(pane()).getByRole('img', { name: 'The harbour' })).toHaveAttribute('src', '/images/KEY1');
      expect(
        within(pane()).getByRole('img', { name: 'The square. This picture wasn’t saved for offline reading' }),
      ).not.toHaveAttribute('src');
    });

    it('load from the web when online and not cached', async () => {
      await openStory(withImages());
      expect(within(pane()).getByRole('img', { name: 'The square' })).toHaveAttribute(
        'src',
        'https://img.example/gone.png',
      );
    });
  });

  describe('full text', () => {
    it('fetches the full text on request and then offers both texts', async () => {
      let finish: (value: ReturnType<typeof article>) => void = () => undefined;
      const { client } = await openStory({
        ...libraryHandlers(),
        'articles.get': () => article(0, { contentHtml: '<p>The feed text.</p>' }),
        'articles.fetchFullText': () => new Promise((resolve) => (finish = resolve)),
      });
      await userEvent.click(within(pane()).getByRole('button', { name: 'Fetch full text' }));
      expect(client.calls).toHaveBeenCalledWith('articles.fetchFullText', 'a0');
      expect(within(pane()).getByRole('button', { name: 'Fetching full text…' })).toHaveAttribute('aria-busy', 'true');
      finish(article(0, { contentHtml: '<p>The feed text.</p>', fullTextHtml: '<p>The whole story.</p>' }));
      expect(await within(pane()).findByText('The whole story.')).toBeInTheDocument();
      expect(within(pane()).getByRole('button', { name: 'Full text' })).toHaveAttribute('aria-pressed', 'true');
      await userEvent.click(within(pane()).getByRole('button', { name: 'Feed text' }));
      expect(within(pane()).getByText('The feed text.')).toBeInTheDocument();
    });

    it('says why the full text could not be fetched, and tries again', async () => {
      let attempts = 0;
      await openStory({
        ...libraryHandlers(),
        'articles.fetchFullText': () => {
          attempts += 1;
          throw new ApiError('NOT_FOUND', 'The page holds no article.');
        },
      });
      await userEvent.click(within(pane()).getByRole('button', { name: 'Fetch full text' }));
      const alert = await within(pane()).findByRole('alert');
      expect(alert).toHaveTextContent('The full text could not be fetched');
      expect(alert).toHaveTextContent('The page holds no article.');
      await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(attempts).toBe(2));
      expect(within(pane()).getByText('Body of story 0.')).toBeInTheDocument();
    });
  });

  describe('full text you can trust (issue 17)', () => {
    it('shows the page’s byline in place of the feed’s author', async () => {
      await openStory({
        ...libraryHandlers(),
        'articles.get': () => article(0, { author: 'Courier desk', byline: 'Jane Doe', fullTextHtml: '<p>Whole.</p>' }),
      });
      const header = within(pane()).getByRole('banner');
      expect(header).toHaveTextContent('Jane Doe');
      expect(header).not.toHaveTextContent('Courier desk');
    });

    it('shows the byline and whole title a fetch on request brought', async () => {
      await openStory({
        ...libraryHandlers(),
        'articles.get': () => article(0, { author: 'Courier desk' }),
        'articles.fetchFullText': () =>
          article(0, {
            author: 'Courier desk',
            byline: 'Jane Doe',
            title: 'Story 0 and the rest of its title',
            fullTextHtml: '<p>The whole story.</p>',
          }),
      });
      await userEvent.click(within(pane()).getByRole('button', { name: 'Fetch full text' }));
      expect(await within(pane()).findByText('The whole story.')).toBeInTheDocument();
      expect(within(pane()).getByRole('heading', { level: 1 })).toHaveTextContent('Story 0 and the rest of its title');
      expect(within(pane()).getByRole('banner')).toHaveTextContent('Jane Doe');
    });

    it('shows the feed’s author when the page gave no byline', async () => {
      await openStory({ ...libraryHandlers(), 'articles.get': () => article(0, { author: 'Courier desk' }) });
      expect(within(pane()).getByRole('banner')).toHaveTextContent('Courier desk');
    });

    it('says the full text couldn’t be extracted, shows the feed’s text, and offers to try again or open the page', async () => {
      const handlers = libraryHandlers();
      let attempts = 0;
      const { client } = await openStory({
        ...handlers,
        'articles.get': () =>
          article(0, { contentHtml: '<p>The council met today…</p>', wordCount: 4, fullTextFailed: true }),
        'articles.fetchFullText': () => {
          attempts += 1;
          throw new ApiError('NOT_FOUND', 'The full text couldn’t be extracted from this page.', {
            reason: 'not-an-article',
          });
        },
      });
      const note = within(pane()).getByRole('complementary', {
        name: 'The full text couldn’t be extracted from this page.',
      });
      expect(within(pane()).getByText('The council met today…')).toBeInTheDocument();
      // Not offered as a summary whose whole article is one click away: that was just tried.
      expect(within(pane()).queryByRole('complementary', { name: 'This is the feed’s summary.' })).toBeNull();
      await userEvent.click(within(note).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(attempts).toBe(1));
      expect(await within(pane()).findByRole('complementary', { name: /couldn’t be extracted/ })).toBeInTheDocument();
      expect(within(pane()).queryByRole('alert')).toBeNull();
      await userEvent.click(within(note).getByRole('button', { name: 'Open in browser' }));
      expect(client.calls).toHaveBeenCalledWith('links.openExternal', 'https://news.example/0');
    });

    it('says so the moment a fetch on request finds no credible article on the page', async () => {
      await openStory({
        ...libraryHandlers(),
        'feeds.list': () => [feed('f1', 'The Daily Courier', 's1')],
        'articles.get': () => article(0, { contentHtml: '<p>The council met today…</p>', wordCount: 4 }),
        'articles.fetchFullText': () => {
          throw new ApiError('NOT_FOUND', 'The full text couldn’t be extracted from this page.', {
            reason: 'not-an-article',
          });
        },
      });
      await userEvent.click(within(pane()).getByRole('button', { name: /Show full text/ }));
      expect(
        await within(pane()).findByRole('complementary', {
          name: 'The full text couldn’t be extracted from this page.',
        }),
      ).toBeInTheDocument();
      expect(within(pane()).queryByRole('complementary', { name: 'This is the feed’s summary.' })).toBeNull();
      expect(within(pane()).getByText('The council met today…')).toBeInTheDocument();
    });
  });

  describe('a teaser from the feed', () => {
    const teaser = () =>
      article(0, { contentHtml: '<p>The council met today…</p>', text: 'The council met today…', wordCount: 4 });
    const full = () => article(0, { ...teaser(), fullTextHtml: '<p>The whole story of the council.</p>' });
    const teaserHandlers = (extra = {}) => ({
      ...libraryHandlers(),
      'feeds.list': () => [feed('f1', 'The Daily Courier', 's1')],
      'articles.get': teaser,
      'articles.fetchFullText': full,
      ...extra,
    });
    const offer = () => within(pane()).getByRole('complementary', { name: 'This is the feed’s summary.' });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('says it is a summary and shows the full text in one click', async () => {
      const { client } = await openStory(teaserHandlers());
      expect(offer()).toHaveTextContent('The whole article is on its web page.');
      await userEvent.click(within(offer()).getByRole('button', { name: /Show full text/ }));
      expect(client.calls).toHaveBeenCalledWith('articles.fetchFullText', 'a0');
      expect(await within(pane()).findByText('The whole story of the council.')).toBeInTheDocument();
      expect(within(pane()).queryByRole('complementary')).toBeNull();
    });

    it('fetches the full text with f', async () => {
      const { client } = await openStory(teaserHandlers());
      await userEvent.keyboard('f');
      expect(client.calls).toHaveBeenCalledWith('articles.fetchFullText', 'a0');
      expect(await within(pane()).findByText('The whole story of the council.')).toBeInTheDocument();
    });

    it('remembers "always for this feed" with the feed’s options and fetches this one now', async () => {
      const { client } = await openStory(teaserHandlers());
      const always = within(offer()).getByRole('checkbox', { name: 'Always for this feed' });
      expect(always).not.toBeChecked();
      await userEvent.click(always);
      expect(client.calls).toHaveBeenCalledWith('feeds.update', 'f1', { options: { fullText: true } });
      expect(client.calls).toHaveBeenCalledWith('articles.fetchFullText', 'a0');
      expect(await within(pane()).findByText('The whole story of the council.')).toBeInTheDocument();
    });

    it('shows the feed’s choice when it is already made', async () => {
      await openStory(
        teaserHandlers({
          'feeds.list': () => [
            feed('f1', 'The Daily Courier', 's1', { options: { fullText: true, refreshMinutes: null, paused: false } }),
          ],
        }),
      );
      expect(within(offer()).getByRole('checkbox', { name: 'Always for this feed' })).toBeChecked();
    });

    it('offers nothing for a full article from the feed', async () => {
      await openStory(teaserHandlers({ 'articles.get': () => article(0, { wordCount: 400 }) }));
      expect(within(pane()).queryByRole('complementary')).toBeNull();
    });

    it('rests while offline, saying so quietly, and f asks nothing of the core', async () => {
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      const { client } = await openStory(teaserHandlers());
      expect(offer()).toHaveTextContent('Full text needs a connection.');
      const show = within(offer()).getByRole('button', { name: /Show full text/ });
      expect(show).toHaveAttribute('aria-disabled', 'true');
      const toolbarButton = within(pane()).getByRole('button', { name: 'Fetch full text' });
      expect(toolbarButton).toHaveAttribute('aria-disabled', 'true');
      expect(toolbarButton).toHaveAccessibleDescription('Full text needs a connection');
      await userEvent.click(show);
      await userEvent.click(toolbarButton);
      await userEvent.keyboard('f');
      expect(client.calls).not.toHaveBeenCalledWith('articles.fetchFullText', expect.anything());
      expect(within(pane()).queryByRole('alert')).toBeNull();
    });

    it('takes the core’s offline answer calmly, not as the site’s fault', async () => {
      await openStory(
        teaserHandlers({
          'articles.fetchFullText': () => {
            throw new ApiError('UNAVAILABLE', 'Broadsheet is offline.', { reason: 'offline' });
          },
        }),
      );
      await userEvent.click(within(offer()).getByRole('button', { name: /Show full text/ }));
      expect(await within(offer()).findByText(/Full text needs a connection/)).toBeInTheDocument();
      expect(within(pane()).queryByRole('alert')).toBeNull();
    });
  });

  it('changes reading settings from the Aa menu, live, and saves them', async () => {
    const settings = liveSettings();
    const view = await openStory({ ...libraryHandlers(), ...settings.handlers });
    settings.connect(view.client);
    const user = userEvent.setup();
    await user.click(within(pane()).getByRole('button', { name: 'Reading settings' }));
    const menu = within(pane()).getByRole('dialog', { name: 'Reading settings' });
    expect(within(menu).getByRole('radio', { name: 'Serif' })).toHaveFocus();
    await user.click(within(menu).getByRole('radio', { name: 'Sans' }));
    await user.click(within(menu).getByRole('button', { name: 'Larger text' }));
    await user.click(within(menu).getByRole('radio', { name: 'Sepia' }));
    const body = pane().querySelector('article')!;
    await waitFor(() => expect(body.style.getPropertyValue('--reading-size')).toBe('19px'));
    expect(body.style.getPropertyValue('--reading-font')).toBe('var(--font-ui)');
    expect(view.client.calls).toHaveBeenCalledWith('settings.update', { reading: { fontSize: 19 } });
    expect(settings.stored.reading).toMatchObject({ font: 'sans', fontSize: 19 });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    await user.keyboard('{Escape}');
    expect(within(pane()).queryByRole('dialog')).toBeNull();
    expect(within(pane()).getByRole('button', { name: 'Reading settings' })).toHaveFocus();
  });
});
