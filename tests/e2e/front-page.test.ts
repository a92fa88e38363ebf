import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { showTheme } from './support/in-page';
import { expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

/**
 * The front page as a broadsheet: with no article open it takes the list's and the reading pane's width, each
 * section a band with a lead story and a grid of the next ones, pictures from the offline cache; opening a story
 * gives the three panes back, Escape brings the broadsheet back. Checked at a small laptop's width and a wide one.
 */
const reader = useSeededReader();

const WINDOWS = [
  { name: 'narrow', width: 900, height: 700 },
  { name: 'wide', width: 1920, height: 1080 },
] as const;

interface Layout {
  front: number;
  window: number;
  readingPaneShown: boolean;
  horizontalScroll: number;
  documentScroll: number;
}

async function layout(page: Page): Promise<Layout> {
  return (await page.evaluate(`(() => {
    const front = document.querySelector('.front-page').getBoundingClientRect();
    const reading = document.querySelector('.reading-pane');
    const body = document.querySelector('.front-page__body');
    return {
      front: Math.round(front.right),
      window: window.innerWidth,
      readingPaneShown: reading !== null && reading.getBoundingClientRect().width > 0,
      horizontalScroll: Math.max(body.scrollWidth - body.clientWidth, document.documentElement.scrollWidth - window.innerWidth),
      documentScroll: document.documentElement.scrollHeight - window.innerHeight,
    };
  })()`)) as Layout;
}

/** Whether every picture in the locator's scope has been decoded, and the addresses they came from. */
async function pictures(page: Page, selector: string): Promise<{ src: string; width: number }[]> {
  const all = page.locator(selector);
  await all.first().waitFor();
  await expect
    .poll(() =>
      all.evaluateAll((imgs) => imgs.every((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0)),
    )
    .toBe(true);
  return all.evaluateAll((imgs) =>
    imgs.map((img) => {
      const picture = img as unknown as { getAttribute(name: string): string; naturalWidth: number };
      return { src: picture.getAttribute('src'), width: picture.naturalWidth };
    }),
  );
}

describe('the broadsheet front page', () => {
  for (const size of WINDOWS) {
    it.each(['light', 'dark'] as const)(`fills a ${size.name} window (%s) and gives the panes back`, async (scheme) => {
      const { page, problems } = await reader.open(scheme);
      await page.setViewportSize({ width: size.width, height: size.height });
      const front = page.getByRole('region', { name: 'Front page' });

      // Bands in the sections' order, each with its heading, lead and grid.
      const bands = front.locator('.front-band');
      expect(await bands.locator('h3').allTextContents()).toEqual([...SEEDED.sections]);
      const world = front.getByRole('region', { name: 'World' });
      expect(await world.locator('.front-story--lead').count()).toBe(1);
      expect(await world.locator('.front-story--grid').count()).toBeGreaterThan(0);

      // The lead's large picture and the grid's thumbnails, all from the offline cache (thumbnails are made by the
      // core's catch-up after start: the placeholders give way when it says so).
      await expect.poll(() => world.locator('.image-placeholder').count()).toBe(0);
      const lead = await pictures(page, '.front-band:first-child .front-story--lead img');
      const grid = await pictures(page, '.front-band:first-child .front-story--grid img');
      for (const { src } of [...lead, ...grid]) expect(src).toMatch(/^\/images\/[\w-]{64}$/);
      expect(await page.locator('img[src^="http"], img[src^="data:"]').count()).toBe(0);

      expect(await layout(page)).toEqual({
        front: size.width,
        window: size.width,
        readingPaneShown: false,
        horizontalScroll: 0,
        documentScroll: 0,
      });
      await screenshot(page, `front-page-${size.name}-${scheme}`);
      await expectAccessible(page);
      if (scheme === 'light') {
        await showTheme(page, 'sepia');
        await screenshot(page, `front-page-${size.name}-sepia`);
        await expectAccessible(page);
        await showTheme(page, 'light');
      }

      // Opening a story: three panes, the story beside the front page's column.
      await world.getByRole('button', { name: SEEDED.firstWorldTitle }).click();
      const readingPane = page.getByRole('main', { name: 'Reading pane' });
      await readingPane.getByRole('heading', { level: 1, name: SEEDED.firstWorldTitle }).waitFor();
      const opened = await layout(page);
      expect(opened.readingPaneShown).toBe(true);
      expect(opened.front).toBeLessThan(size.width * 0.6);
      expect(opened.documentScroll).toBe(0);
      await screenshot(page, `front-page-${size.name}-${scheme}-open`);
      await expectAccessible(page);

      // Escape: the broadsheet again, the focus on the story just read.
      await page.keyboard.press('Escape');
      await readingPane.waitFor({ state: 'hidden' });
      expect((await layout(page)).front).toBe(size.width);
      expect(await page.evaluate('document.activeElement.textContent')).toBe(SEEDED.firstWorldTitle);
      expectHealthy(problems);
    });
  }
});
