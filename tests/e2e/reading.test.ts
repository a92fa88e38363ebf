import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computedDirection, inspectArticleDom, rowTitles } from './support/in-article';
import { showTheme } from './support/in-page';
import { alertsRaised, expectAccessible, expectHealthy, screenshot, sidebarCount } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

const reader = useSeededReader();
const open = (colorScheme: 'light' | 'dark' = 'light') => reader.open(colorScheme);

/** The bits of the DOM the scrolling walk uses (this project type-checks tests without the DOM library). */
interface Box {
  getBoundingClientRect(): { top: number; bottom: number };
}
interface ScrollBox extends Box {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
  querySelector(selector: string): Box;
  querySelectorAll(selector: string): Iterable<Box>;
}
interface InList {
  closest(selector: string): ScrollBox;
}

/**
 * Whether the virtualized list has drawn rows over all of its visible height
 * for where it is scrolled now: it draws on the scroll event, after the scroll.
 */
const rowsCoverView = (element: unknown): boolean => {
  const scroller = (element as InList).closest('.virtual-list');
  const view = scroller.getBoundingClientRect();
  const content = scroller.querySelector('.virtual-list__inner').getBoundingClientRect();
  const bottom = Math.min(view.bottom, content.bottom);
  const rows = [...scroller.querySelectorAll('.virtual-list__row')].map((row) => row.getBoundingClientRect());
  return rows.some((row) => row.top <= view.top + 1) && rows.some((row) => row.bottom >= bottom - 1);
};

const readingPane = (page: Page) => page.getByRole('main', { name: 'Reading pane' });

async function openStory(page: Page, title: string | RegExp): Promise<void> {
  // A story on the front page's broadsheet or a row in a list.
  await page.locator('[data-article-id]', { hasText: title }).first().click();
  await readingPane(page).getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('reading a seeded library in Chromium', () => {
  it.each(['light', 'dark'] as const)('shows the front page with its sections and stories (%s)', async (scheme) => {
    const { page, problems } = await open(scheme);
    const front = page.getByRole('region', { name: 'Front page' });
    for (const name of SEEDED.sections) expect(await front.getByRole('heading', { name }).isVisible()).toBe(true);
    expect(await front.getByRole('button', { name: new RegExp(SEEDED.firstWorldTitle) }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Library' });
    await nav.getByText(`Last refresh failed: ${SEEDED.failingError}`).waitFor();
    await screenshot(page, `front-page-${scheme}`);
    await expectAccessible(page);
    expectHealthy(problems);
  });

  it('opens an article with sanitized content, marks it read and updates the counts', async () => {
    const { page, problems } = await open();
    await expect.poll(() => sidebarCount(page, /All unread/)).toBeGreaterThan(0);
    const before = await sidebarCount(page, /All unread/);
    await openStory(page, SEEDED.firstWorldTitle);
    expect(await readingPane(page).locator('.article__content blockquote').isVisible()).toBe(true);
    expect(
      await readingPane(page)
        .getByText(/min read/)
        .isVisible(),
    ).toBe(true);
    await expect.poll(() => sidebarCount(page, /All unread/)).toBe(before - 1);
    expect(await page.locator('.article-row[aria-current="true"]').getAttribute('class')).toContain('is-read');
    await screenshot(page, 'article-light');
    await expectAccessible(page);
    await showTheme(page, 'dark');
    await screenshot(page, 'article-dark');
    await expectAccessible(page);
    expectHealthy(problems);
  });

  it('moves between articles with j and k', async () => {
    const { page, problems } = await open();
    const titles = await rowTitles(page);
    await page.keyboard.press('j');
    await readingPane(page).getByRole('heading', { level: 1, name: titles[0] }).waitFor();
    await page.keyboard.press('j');
    await readingPane(page).getByRole('heading', { level: 1, name: titles[1] }).waitFor();
    await page.keyboard.press('k');
    await readingPane(page).getByRole('heading', { level: 1, name: titles[0] }).waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await screenshot(page, 'shortcuts-light');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expectHealthy(problems);
  });

  it('bookmarks an article with tags and finds it under Bookmarks', async () => {
    const { page, problems } = await open();
    const title = 'The slow return of the offline-first app';
    await openStory(page, title);
    await readingPane(page).getByRole('button', { name: 'Bookmark', exact: true }).click();
    await readingPane(page).getByRole('button', { name: 'Tags & note' }).click();
    await page.getByRole('textbox', { name: 'Tags' }).fill('sync, later');
    await page.getByRole('textbox', { name: 'Note' }).fill('Read before the design review.');
    await page.getByRole('button', { name: 'Save' }).click();
    await readingPane(page).getByText('#sync').waitFor();
    await expect.poll(() => sidebarCount(page, /^Bookmarks/)).toBe(1);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^Bookmarks/ })
      .click();
    await page.getByRole('region', { name: 'Bookmarks' }).locator('.article-row', { hasText: title }).waitFor();
    expectHealthy(problems);
  });

  it('runs nothing from a hostile article', async () => {
    const { page, problems } = await open();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: SEEDED.hostileFeed }).click();
    await openStory(page, SEEDED.hostileTitle);
    await readingPane(page).getByText('Revenue grew modestly in the quarter, the company said.').waitFor();
    const url = page.url();
    await readingPane(page).getByText('Read the filing').click();
    const report = await inspectArticleDom(page);
    expect(report).toEqual({
      handlerAttributes: [],
      scriptUrls: [],
      forbiddenElements: [],
      styleAttributes: 0,
      clobberingAttributes: 0,
      pwned: false,
    });
    expect(await alertsRaised(page)).toEqual([]);
    expect(page.url()).toBe(url);
    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await screenshot(page, 'article-hostile-light');
  });

  it('lays out Arabic and Hebrew right to left, and Japanese with its own fonts', async () => {
    const { page, problems } = await open();
    await openStory(page, SEEDED.arabicTitle);
    expect(await computedDirection(page, '.article__title')).toBe('rtl');
    expect(await computedDirection(page, '.article__content')).toBe('rtl');
    expect(await page.locator('article.article').getAttribute('lang')).toBe('ar');
    await screenshot(page, 'article-arabic-light');
    await openStory(page, SEEDED.hebrewTitle);
    expect(await computedDirection(page, '.article__content')).toBe('rtl');
    await openStory(page, SEEDED.japaneseTitle);
    expect(await computedDirection(page, '.article__content')).toBe('ltr');
    expect(await page.locator('article.article').getAttribute('lang')).toBe('ja');
    await screenshot(page, 'article-japanese-light');
    expectHealthy(problems);
  });

  it.each(['light', 'dark'] as const)(
    'lists a section under day headings, in cards or compact rows (%s)',
    async (scheme) => {
      const { page, problems } = await open(scheme);
      await page.getByRole('button', { name: 'See all in World' }).click();
      const list = page.getByRole('region', { name: 'World' });
      await list.getByRole('list', { name: 'Articles in World' }).waitFor();
      expect(await list.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
      await screenshot(page, `list-cards-${scheme}`);
      await expectAccessible(page);
      await list.getByRole('button', { name: 'Compact layout' }).click();
      await list.locator('.article-row--compact').first().waitFor();
      await screenshot(page, `list-compact-${scheme}`);
      await list.getByRole('button', { name: 'Card layout' }).click();
      expectHealthy(problems);
    },
  );

  it('finds articles with / and shows highlighted matches', async () => {
    const { page, problems } = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('seas');
    await page.keyboard.press('Enter');
    const results = page.getByRole('list', { name: 'Results for seas' });
    await results.waitFor();
    expect(await results.locator('mark').first().textContent()).toMatch(/seas/i);
    await results.getByRole('button', { name: new RegExp(SEEDED.firstWorldTitle) }).click();
    await readingPane(page).getByRole('heading', { level: 1, name: SEEDED.firstWorldTitle }).waitFor();
    await screenshot(page, 'search-light');
    await expectAccessible(page);

    // A custom range of days: today's story is inside a range ending today, and gone from one that ended last year.
    const day = (offsetDays: number) => {
      const date = new Date(Date.now() + offsetDays * 86_400_000);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    await page.getByRole('combobox', { name: 'Date' }).selectOption({ label: 'Between dates…' });
    await page.getByLabel('From date').fill(day(-7));
    await page.getByLabel('To date').fill(day(0));
    await results.getByRole('button', { name: new RegExp(SEEDED.firstWorldTitle) }).waitFor();
    await screenshot(page, 'search-custom-range-light');
    await page.getByLabel('From date').fill(day(-400));
    await page.getByLabel('To date').fill(day(-370));
    await page.getByText('No matches').waitFor();
    expectHealthy(problems);
  });

  it.each(['light', 'dark'] as const)('groups All unread by section, in the sidebar’s order (%s)', async (scheme) => {
    const { page, problems } = await open(scheme);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^All unread/ })
      .click();
    const list = page.getByRole('list', { name: 'Articles in All unread' });
    await list.waitFor();
    await page.getByRole('button', { name: 'By section' }).click();
    await expect.poll(() => list.getByRole('heading').first().textContent()).toBe(SEEDED.sections[0]);
    // Each section heads its own articles once, in the sidebar's order (the list is virtualized: walk it).
    const seen: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      await expect.poll(() => list.evaluate(rowsCoverView)).toBe(true);
      for (const heading of await list.getByRole('heading').allTextContents())
        if (!seen.includes(heading)) seen.push(heading);
      const done = await list.evaluate((element) => {
        const scroller = (element as unknown as InList).closest('.virtual-list');
        scroller.scrollTop += scroller.clientHeight;
        return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight;
      });
      if (done && step > 0) break;
    }
    await expect.poll(() => list.evaluate(rowsCoverView)).toBe(true);
    for (const heading of await list.getByRole('heading').allTextContents())
      if (!seen.includes(heading)) seen.push(heading);
    expect(seen).toEqual([...SEEDED.sections]);
    await list.evaluate((element) => ((element as unknown as InList).closest('.virtual-list').scrollTop = 0));
    await screenshot(page, `unread-by-section-${scheme}`);
    await expectAccessible(page);
    expectHealthy(problems);
  });
});
