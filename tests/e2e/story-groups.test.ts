import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { watchPage } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, expectHealthy, screenshot, sidebarCount } from './support/reader-app';
import { STORY_GROUPS, seedStoryGroups } from './support/seed/seed-story-groups';

/**
 * One event from three outlets reads as one story: the front page and the section's list show it once with
 * "+ 2 sources", opening it shows the three side by side, and reading it reads all three.
 */
let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ prepare: (dataDir) => seedStoryGroups(dataDir) });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const readingPane = (page: Page) => page.getByRole('main', { name: 'Reading pane' });

describe('story groups', () => {
  it('shows a story once with its sources, side by side when opened, and reads it as one', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(preview.url);
    const front = page.getByRole('region', { name: 'Front page' });
    const lead = front.getByRole('button', { name: STORY_GROUPS.lead });
    await lead.waitFor();
    // Once, at its earliest source, with the others counted; the reprint and the rewrite are not repeated.
    expect(await front.getByRole('listitem').filter({ hasText: STORY_GROUPS.lead }).textContent()).toContain(
      '+ 2 sources',
    );
    expect(await front.getByText(STORY_GROUPS.reprint).count()).toBe(0);
    expect(await front.getByText(STORY_GROUPS.rewrite).count()).toBe(0);
    await front.getByRole('button', { name: STORY_GROUPS.alone }).waitFor();
    await screenshot(page, 'story-groups-front-page');
    await expect.poll(() => sidebarCount(page, /All unread/)).toBe(4);

    await lead.click();
    const strip = readingPane(page).getByRole('region', { name: 'This story from 3 sources' });
    await strip.waitFor();
    expect(await strip.getByRole('button').allTextContents()).toEqual([
      expect.stringContaining(STORY_GROUPS.feeds[0]),
      expect.stringContaining(STORY_GROUPS.feeds[1]),
      expect.stringContaining(STORY_GROUPS.feeds[2]),
    ]);
    // Reading one source read the story: the one told once is all that is left unread.
    await expect.poll(() => sidebarCount(page, /All unread/)).toBe(1);
    await screenshot(page, 'story-groups-sources');
    await expectAccessible(page);

    await strip.getByRole('button', { name: new RegExp(STORY_GROUPS.feeds[2]) }).click();
    await readingPane(page).getByRole('heading', { level: 1, name: STORY_GROUPS.rewrite }).waitFor();

    // The section's list shows the story once too.
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^World/ })
      .first()
      .click();
    const list = page.getByRole('list', { name: `Articles in ${STORY_GROUPS.section}` });
    await list.waitFor();
    expect(await list.locator('.article-row').count()).toBe(2);
    expect(await list.getByRole('button', { name: new RegExp(STORY_GROUPS.lead) }).textContent()).toContain(
      '+ 2 sources',
    );
    expectHealthy(problems);
    await context.close();
  });
});
