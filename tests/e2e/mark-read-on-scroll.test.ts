import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectHealthy, screenshot, sidebarCount } from './support/reader-app';
import { useSeededReader } from './support/seeded-reader';

/**
 * Reading down a list the way a news site's front page is read: with "Mark articles read as they scroll past" on,
 * the rows that leave the top are read and the ones still on screen are not; a row's menu marks everything above
 * or below it.
 */
const reader = useSeededReader();
const list = (page: Page) => page.getByRole('list', { name: 'Articles in All unread' });

/** Each loaded row's article, whether it is read, and where it sits against the list's top edge. */
async function rowsAgainstTop(page: Page): Promise<{ id: string; read: boolean; above: boolean; below: boolean }[]> {
  return page.evaluate(`(() => {
    const top = document.querySelector('.virtual-list').getBoundingClientRect().top;
    return [...document.querySelectorAll('.virtual-list .article-row')].map((row) => {
      const rect = row.getBoundingClientRect();
      return { id: row.dataset.articleId, read: row.classList.contains('is-read'), above: rect.bottom <= top, below: rect.top >= top };
    });
  })()`);
}

async function turnOnMarkOnScroll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const view = page.getByRole('main', { name: 'Settings' });
  await view.getByRole('checkbox', { name: 'Mark articles read as they scroll past' }).check();
  await view.getByText('Saved', { exact: true }).waitFor();
  await view.getByRole('button', { name: 'Done' }).click();
}

describe('marking read while scrolling a list', () => {
  it('marks the rows that scrolled off the top, and a row’s menu marks below it', async () => {
    const { page, problems } = await reader.open('light');
    await turnOnMarkOnScroll(page);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^All unread/ })
      .click();
    await list(page).waitFor();
    await expect.poll(() => sidebarCount(page, /All unread/)).toBeGreaterThan(8);
    const before = await sidebarCount(page, /All unread/);
    expect((await rowsAgainstTop(page)).some((row) => row.read)).toBe(false);

    // Three notches of the wheel over the list.
    const box = (await page.locator('.virtual-list').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let notch = 0; notch < 3; notch++) await page.mouse.wheel(0, 200);
    await expect
      .poll(async () => (await rowsAgainstTop(page)).filter((row) => row.above && row.read).length)
      .toBeGreaterThan(2);
    const rows = await rowsAgainstTop(page);
    // Every row wholly above the top is read; every row starting at or below it is still unread.
    expect(rows.filter((row) => row.above).every((row) => row.read)).toBe(true);
    expect(rows.filter((row) => row.below).some((row) => row.read)).toBe(false);
    const scrolledPast = rows.filter((row) => row.above).length;
    await expect.poll(() => sidebarCount(page, /All unread/)).toBe(before - scrolledPast);

    // The first row still on screen: everything below it is marked through its menu, itself left unread.
    const anchor = rows.find((row) => row.below)!;
    await page.locator(`.virtual-list [data-article-id="${anchor.id}"]`).click({ button: 'right' });
    const menu = page.getByRole('menu', { name: /^Actions for / });
    await menu.waitFor();
    await screenshot(page, 'article-row-menu-light');
    await expectAccessible(page);
    await menu.getByRole('menuitem', { name: 'Mark below as read' }).click();
    // Left unread: the anchor and the row the top edge cuts through (it has not scrolled past yet).
    const cut = rows.filter((row) => !row.above && !row.below).map((row) => row.id);
    await expect.poll(() => sidebarCount(page, /All unread/)).toBe(1 + cut.length);
    const after = await rowsAgainstTop(page);
    const unread = after.filter((row) => !row.read).map((row) => row.id);
    expect(unread.sort()).toEqual([anchor.id, ...cut].sort());
    expectHealthy(problems);
  });
});
