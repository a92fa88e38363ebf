import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHealthy } from './support/reader-app';
import { useSeededReader } from './support/seeded-reader';

/**
 * The window is an app, not a web page: only the panes scroll. A document that grows taller than the window
 * (hidden labels positioned against the page instead of their pane did this) scrolls away under the mouse
 * wheel and leaves a blank window, so every view is checked for it.
 */
const reader = useSeededReader();

async function documentOverflow(page: Page): Promise<{ overflow: number; scrolled: number }> {
  return (await page.evaluate(
    '({ overflow: document.documentElement.scrollHeight - window.innerHeight, scrolled: window.scrollY + document.documentElement.scrollTop })',
  )) as { overflow: number; scrolled: number };
}

/** Turns the mouse wheel hard over a spot that is not itself a scroll container. */
async function wheelOver(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  for (let turn = 0; turn < 5; turn += 1) await page.mouse.wheel(0, 1200);
}

async function expectStill(page: Page, view: string): Promise<void> {
  expect({ view, ...(await documentOverflow(page)) }).toEqual({ view, overflow: 0, scrolled: 0 });
  await wheelOver(page, 1000, 400); // the reading pane
  await wheelOver(page, 100, 20); // the sidebar's header
  expect({ view, ...(await documentOverflow(page)) }).toEqual({ view, overflow: 0, scrolled: 0 });
}

describe('the document never scrolls', () => {
  it('on the front page, a section, an article, bookmarks, search and settings', async () => {
    const { page, problems } = await reader.open('light');
    await expectStill(page, 'front page');

    await page.getByRole('button', { name: 'See all in World' }).click();
    const list = page.getByRole('list', { name: 'Articles in World' });
    await list.waitFor();
    await expectStill(page, 'section list');

    await list.locator('.article-row').first().click();
    await page.getByRole('main', { name: 'Reading pane' }).getByRole('heading', { level: 1 }).waitFor();
    await expectStill(page, 'article');

    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^Bookmarks/ })
      .click();
    await page.getByRole('region', { name: 'Bookmarks' }).waitFor();
    await expectStill(page, 'bookmarks');

    await page.keyboard.press('/');
    await page.keyboard.type('seas');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Results for seas' }).waitFor();
    await expectStill(page, 'search');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('main', { name: 'Settings' }).waitFor();
    await expectStill(page, 'settings');
    expectHealthy(problems);
  });
});
