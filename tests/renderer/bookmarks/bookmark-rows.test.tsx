import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withChanges } from '../../../renderer/src/library/article-state';
import { libraryHandlers } from '../support/library-handlers';
import { summary } from '../support/library-data';
import { renderApp } from '../support/render-app';

/** The bookmarks list as the core sends it: each bookmarked row with its tags and its note's first line. */
const ROWS = [
  summary(1, {
    title: 'Seoul vote',
    isBookmarked: true,
    bookmarkGlance: { tags: ['economy', 'seoul'], note: 'Read on the plane' },
  }),
  summary(2, { title: 'Summit', isBookmarked: true, bookmarkGlance: { tags: [], note: '' } }),
];

describe('bookmark rows', () => {
  it('show their tags and note, in a row tall enough for them', async () => {
    renderApp(
      libraryHandlers(5, {
        'articles.list': (query) => ({ items: query.scope.kind === 'bookmarks' ? ROWS : [], nextCursor: null }),
      }),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Bookmarks/ }));
    const tagged = (await screen.findByText('Seoul vote')).closest('button')!;
    expect(within(tagged).getByText('economy', { selector: '.bookmark-glance__tag' })).toBeVisible();
    expect(within(tagged).getByText('seoul', { selector: '.bookmark-glance__tag' })).toBeVisible();
    expect(tagged).toHaveAccessibleName(/Tags:\s*economy,\s*seoul\.\s*Note:\s*Read on the plane/);

    const plain = screen.getByText('Summit').closest('button')!;
    expect(plain).not.toHaveTextContent(/Tags|Note/);
    // Rows have fixed heights (the list is virtual): two more lines need two more lines of room.
    const height = (row: HTMLElement) => parseFloat(row.closest<HTMLElement>('[role="listitem"]')!.style.height);
    expect(height(tagged) - height(plain)).toBe(36);
  });

  it('follow an edit made in this window, before the list reloads', () => {
    const edited = { articleId: 'a1', createdAt: new Date().toISOString(), tags: ['plane'], note: '\nNew note\nmore' };
    expect(withChanges(ROWS[0]!, new Map([['a1', { bookmark: edited }]])).bookmarkGlance).toEqual({
      tags: ['plane'],
      note: 'New note',
    });
    const removed = withChanges(ROWS[0]!, new Map([['a1', { bookmark: null }]]));
    expect(removed.isBookmarked).toBe(false);
    expect(removed.bookmarkGlance).toBeUndefined();
    // Rows outside the bookmarks list never grow a glance.
    const other = summary(3);
    expect(withChanges(other, new Map([['a3', { bookmark: edited }]]))).not.toHaveProperty('bookmarkGlance');
  });
});
