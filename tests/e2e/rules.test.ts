import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { picturesSettled } from './support/in-page';
import { expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { useSeededReader } from './support/seeded-reader';

const reader = useSeededReader();

const POLLEN = 'Doctors warn of a longer pollen season';
const GRAIN = 'Grain shipments resume after a month-long blockade';

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });

async function openRules(page: Page) {
  await picturesSettled(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const group = page.getByRole('main', { name: 'Settings' }).getByRole('region', { name: 'Rules' });
  await group.getByRole('button', { name: 'New rule…' }).waitFor();
  return group;
}

/** Opens the editor from Settings → Rules and types a one-condition rule. */
async function typeRule(page: Page, name: string, words: string) {
  const group = await openRules(page);
  await group.getByRole('button', { name: 'New rule…' }).click();
  const editor = page.getByRole('dialog', { name: 'New rule' });
  await editor.getByRole('textbox', { name: 'Name' }).fill(name);
  await editor.getByRole('textbox', { name: 'Text of condition 1' }).fill(words);
  return { group, editor };
}

async function articlesIn(page: Page, view: RegExp | string): Promise<string[]> {
  await library(page).getByRole('button', { name: view }).first().click();
  const list = page.locator('.article-list');
  await list.locator('.article-list__note').waitFor({ state: 'detached' });
  return list.locator('.article-row__title').allTextContents();
}

describe('rules in Chromium', () => {
  it('previews a new rule, applies it to stored articles (they leave the lists) and undoes it', async () => {
    const { page, problems } = await reader.open('light');
    const { editor } = await typeRule(page, 'No pollen', 'pollen');
    const preview = editor.getByRole('region', { name: 'Preview' });
    await preview.getByText('This rule matches 1 article.').waitFor();
    await preview.getByText(POLLEN).waitFor();
    await screenshot(page, 'rule-editor-light');
    await expectAccessible(page);

    await editor.getByRole('button', { name: 'Save rule' }).click();
    const offer = page.getByRole('dialog', { name: 'Apply to existing articles?' });
    await offer.getByRole('button', { name: 'Apply to 1 article' }).click();
    await page.getByText('“No pollen” changed 1 article.').waitFor();
    await screenshot(page, 'rule-applied-notice');
    const group = page.getByRole('main', { name: 'Settings' }).getByRole('region', { name: 'Rules' });
    await group.getByRole('listitem', { name: 'No pollen' }).getByText('Title contains “pollen” → Hide').waitFor();
    await screenshot(page, 'settings-rules-light');
    await expectAccessible(page);
    await page.getByRole('main', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();

    expect(await articlesIn(page, /^All unread/)).not.toContain(POLLEN);
    expect(await articlesIn(page, 'Hidden by rules')).toEqual([POLLEN]);
    await screenshot(page, 'hidden-by-rules');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: 1 article is as before.').waitFor();
    expect(await articlesIn(page, /^All unread/)).toContain(POLLEN);
    expect(await articlesIn(page, 'Hidden by rules')).toEqual([]);
    expectHealthy(problems);
  });

  it('shows a hidden article again from the Hidden by rules view', async () => {
    const { page, problems } = await reader.open('dark');
    const { editor } = await typeRule(page, 'No grain', 'grain shipments');
    await editor.getByText('This rule matches 1 article.').waitFor();
    await editor.getByRole('button', { name: 'Add condition' }).click();
    await editor.getByRole('combobox', { name: 'Action 1' }).selectOption('bookmark');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    // The empty second condition is named by its field; nothing saved yet.
    await editor.getByText('Type the text to look for.').waitFor();
    await screenshot(page, 'rule-editor-dark');
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Remove condition 2' }).click();
    await editor.getByRole('combobox', { name: 'Action 1' }).selectOption('hide');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await page
      .getByRole('dialog', { name: 'Apply to existing articles?' })
      .getByRole('button', { name: /^Apply/ })
      .click();
    await page.getByText('“No grain” changed 1 article.').waitFor();
    await page.getByRole('main', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();

    expect(await articlesIn(page, 'Hidden by rules')).toEqual([GRAIN]);
    await page.locator('.article-row', { hasText: GRAIN }).click();
    const note = page.getByText(/A rule hid this article/);
    await note.waitFor();
    await screenshot(page, 'hidden-article-dark');
    await expectAccessible(page);
    await note.getByRole('button', { name: 'Show again' }).click();
    await note.waitFor({ state: 'detached' });
    expect(await articlesIn(page, 'Hidden by rules')).toEqual([]);
    // Back in its section (read now: it was opened).
    expect(await articlesIn(page, /^World\b/)).toContain(GRAIN);
    expectHealthy(problems);
  });

  it('makes a rule from an article’s feed, from its row’s menu, with the feed’s articles in the preview', async () => {
    const { page, problems } = await reader.open('light');
    await library(page)
      .getByRole('button', { name: /^World\b/ })
      .first()
      .click();
    const row = page.locator('.article-row', { hasText: POLLEN });
    await row.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: `Actions for ${POLLEN}` });
    await screenshot(page, 'article-row-menu');
    await expectAccessible(page);
    await menu.getByRole('menuitem', { name: 'Make a rule from this feed…' }).click();
    const editor = page.getByRole('dialog', { name: 'New rule' });
    expect(await editor.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Articles from The Daily Courier');
    expect(await editor.getByRole('combobox', { name: 'Field of condition 1' }).inputValue()).toBe('feed');
    await editor.getByText(/^This rule matches \d+ articles\.$/).waitFor();
    await editor
      .getByRole('region', { name: 'Preview' })
      .getByText('The Daily Courier', { exact: false })
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expectHealthy(problems);
  });

  it('refuses a pattern the linear-time engine cannot run, with the reason beside it', async () => {
    const { page, problems } = await reader.open('light');
    const { editor } = await typeRule(page, 'Echoes', 'x');
    await editor.getByRole('combobox', { name: 'Test of condition 1' }).selectOption('matches');
    const pattern = editor.getByRole('textbox', { name: 'Pattern of condition 1' });
    await pattern.fill('(\\w+) \\1');
    await expect.poll(() => pattern.getAttribute('aria-invalid')).toBe('true');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    const describedBy = await pattern.getAttribute('aria-describedby');
    const reason = await page.locator(`[id="${describedBy}"]`).textContent();
    expect(reason).toMatch(/\w/);
    // Still open, nothing saved.
    await screenshot(page, 'rule-refused-pattern');
    await expectAccessible(page);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('region', { name: 'Rules' }).getByRole('listitem', { name: 'Echoes' }).count()).toBe(0);
    expectHealthy(problems);
  });
});
