import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedOutlineStyle } from './support/in-page';
import { expectHealthy, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

/**
 * A reader who never touches the mouse: from the first screen into a
 * section, through its articles, a bookmark, the Bookmarks view, a search,
 * the settings and back, with the focus ring visible wherever focus lands.
 * Only `page.keyboard` drives the app here.
 */
const reader = useSeededReader();
const readingPane = (page: Page) => page.getByRole('main', { name: 'Reading pane' });
const focusedText = async (page: Page) => String(await page.evaluate('document.activeElement?.textContent ?? ""'));
const openedTitle = async (page: Page) =>
  (await readingPane(page).getByRole('heading', { level: 1 }).textContent())?.trim();

/** Moves the sidebar's focus with the arrow keys until it rests on `name`. */
async function arrowTo(page: Page, name: RegExp): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    if (name.test(await focusedText(page))) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the sidebar's arrows never reached ${name}`);
}

describe('the app from the keyboard alone', () => {
  it('walks the front page, a section, an article, a bookmark, Bookmarks, search and settings', async () => {
    const { page, problems } = await reader.open('light');

    // Into the sidebar: the search field first, then the views, each with a visible ring.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Search articles');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toMatch(/^Front page/);
    expect(await focusedOutlineStyle(page)).toBe('solid');

    // A section: its list replaces the front page.
    await arrowTo(page, /^World\d*$/);
    expect(await focusedOutlineStyle(page)).toBe('solid');
    await page.keyboard.press('Enter');
    const world = page.getByRole('list', { name: 'Articles in World' });
    await world.waitFor();

    // Articles: j opens the first, j the next, k goes back; b bookmarks the open one.
    await page.keyboard.press('j');
    await readingPane(page).getByRole('heading', { level: 1 }).waitFor();
    const first = await openedTitle(page);
    await page.keyboard.press('j');
    await expect.poll(() => openedTitle(page)).not.toBe(first);
    await page.keyboard.press('k');
    await expect.poll(() => openedTitle(page)).toBe(first);
    await page.keyboard.press('b');
    await readingPane(page).getByRole('button', { name: 'Bookmarked' }).waitFor();
    await screenshot(page, 'keyboard-walk-article-light');

    // Bookmarks, through the sidebar again.
    await page.keyboard.press('/');
    await page.keyboard.press('Tab');
    await arrowTo(page, /^Bookmarks/);
    await page.keyboard.press('Enter');
    const bookmarks = page.getByRole('list', { name: 'Articles in Bookmarks' });
    await bookmarks.getByText(first!, { exact: true }).waitFor();

    // Search: / focuses the field, Enter searches, j opens the first result.
    await page.keyboard.press('/');
    await page.keyboard.type('seas');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Results for seas' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await readingPane(page).getByRole('heading', { level: 1, name: SEEDED.firstWorldTitle }).waitFor();

    // Settings open with "," on their heading and close with Escape, giving the reader back.
    await page.keyboard.press(',');
    const settings = page.getByRole('main', { name: 'Settings' });
    await settings.waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedOutlineStyle(page)).toBe('solid');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    await readingPane(page).getByRole('heading', { level: 1, name: SEEDED.firstWorldTitle }).waitFor();
    expectHealthy(problems);
  });
});
