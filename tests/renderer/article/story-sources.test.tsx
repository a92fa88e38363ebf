import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@contract/library-models';
import type { FrontPage } from '@contract/library-queries';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { article, summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import type { FakeHandlers } from '../support/fake-client';
import { renderApp } from '../support/render-app';

const pane = () => screen.getByRole('main', { name: 'Reading pane' });
const STORY = { id: 'a0', sources: 3 };
const sources: ArticleSummary[] = [
  summary(0, { story: STORY }),
  summary(100, { story: STORY, title: 'President lands in the capital', feedTitle: 'Meridian Wire' }),
  summary(101, { story: STORY, title: 'What the visit means', feedTitle: 'The Evening Post' }),
];

/** The front page's first story is told by three outlets. */
function storyHandlers(overrides: FakeHandlers = {}): FakeHandlers {
  const base = libraryHandlers();
  return {
    ...base,
    'articles.frontPage': (perSection) => {
      const page = (base['articles.frontPage'] as (n: number) => FrontPage)(perSection);
      page.sections[0]!.articles[0] = sources[0]!;
      return page;
    },
    'articles.get': (id) => {
      const found = sources.find((source) => source.id === id);
      return found ? article(Number(id.slice(1)), found) : article(Number(id.slice(1)));
    },
    'articles.story': () => sources,
    ...overrides,
  };
}

describe('a story told by several outlets', () => {
  it('says how many others tell it, shows them side by side, and reading it reads the story', async () => {
    const { client } = renderApp(storyHandlers());
    const lead = await screen.findByRole('button', { name: /Story 0/ });
    expect(lead.closest('li')).toHaveTextContent('+ 2 sources');
    await userEvent.click(lead);
    const strip = await within(pane()).findByRole('region', { name: 'This story from 3 sources' });
    const cards = within(strip).getAllByRole('button');
    expect(cards.map((card) => card.textContent)).toEqual([
      expect.stringContaining('The Daily Courier'),
      expect.stringContaining('Meridian Wire'),
      expect.stringContaining('The Evening Post'),
    ]);
    expect(cards[0]).toHaveAttribute('aria-current', 'true');
    expect(client.calls).toHaveBeenCalledWith('articles.markRead', { kind: 'story', storyId: 'a0' }, true);

    // Another outlet's telling opens in its place, the strip staying.
    await userEvent.click(cards[1]!);
    await within(pane()).findByRole('heading', { level: 1, name: 'President lands in the capital' });
    expect(within(pane()).getByRole('button', { name: /Meridian Wire/ })).toHaveAttribute('aria-current', 'true');
  });

  it('marks only the opened article when the reader chose that', async () => {
    const { client } = renderApp(
      storyHandlers({ 'settings.get': () => ({ ...DEFAULT_SETTINGS, storyReadMarksAll: false }) }),
    );
    await userEvent.click(await screen.findByRole('button', { name: /Story 0/ }));
    const strip = await within(pane()).findByRole('region', { name: 'This story from 3 sources' });
    expect(client.calls).toHaveBeenCalledWith('articles.markRead', { kind: 'articles', ids: ['a0'] }, true);
    await userEvent.click(within(strip).getByRole('button', { name: /The Evening Post/ }));
    await within(pane()).findByRole('heading', { level: 1, name: 'What the visit means' });
    expect(client.calls).toHaveBeenCalledWith('articles.markRead', { kind: 'articles', ids: ['a101'] }, true);
    expect(client.calls).not.toHaveBeenCalledWith('articles.markRead', { kind: 'story', storyId: 'a0' }, true);
  });

  it('shows no strip for an article told once', async () => {
    renderApp(storyHandlers());
    await userEvent.click(await screen.findByRole('button', { name: /Story 1/ }));
    await within(pane()).findByRole('heading', { level: 1, name: 'Story 1' });
    expect(within(pane()).queryByRole('region', { name: /This story from/ })).toBeNull();
  });
});
