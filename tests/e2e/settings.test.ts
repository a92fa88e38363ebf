import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { picturesSettled, waitForTheme } from './support/in-page';
import { expectHealthy, ROOT, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

const reader = useSeededReader();
const open = (colorScheme: 'light' | 'dark' = 'light') => reader.open(colorScheme);

const settingsView = (page: Page) => page.getByRole('main', { name: 'Settings' });

/** axe-core on one part of the page (the sidebar beside it has its own checks in the reading tests). */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const results = (await page.evaluate(`axe.run({ include: [[${JSON.stringify(selector)}]] })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
  };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe('the settings view in Chromium', () => {
  it('is accessible in light and dark, opened from the sidebar', async () => {
    const { page, problems } = await open('light');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const view = settingsView(page);
    await view.waitFor();
    for (const name of ['Refresh', 'Storage', 'Appearance & reading', 'Network', 'Notifications']) {
      expect(await view.getByRole('group', { name, exact: true }).isVisible()).toBe(true);
    }
    await screenshot(page, 'settings-light');
    expect(await seriousViolationsIn(page, '.settings-view')).toEqual([]);

    await view.getByRole('radio', { name: 'Dark' }).check();
    await waitForTheme(page, 'dark');
    await view.getByText('Saved', { exact: true }).waitFor();
    await screenshot(page, 'settings-dark');
    expect(await seriousViolationsIn(page, '.settings-view')).toEqual([]);
    await view.getByRole('group', { name: 'Notifications', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-network-dark');

    // A value the schema refuses is explained beside its field.
    const proxy = view.getByRole('textbox', { name: 'Proxy' });
    await proxy.fill('ftp://proxy.example');
    await proxy.press('Enter');
    await view.getByText('Proxy must be empty or an http://, https:// or socks:// URL').waitFor();
    expect(await proxy.getAttribute('aria-invalid')).toBe('true');
    await proxy.fill('');
    await proxy.press('Enter');
    await view.getByRole('radio', { name: 'System' }).check();
    await waitForTheme(page, 'system');
    await view.getByRole('button', { name: 'Done' }).click();
    // Back on the front page, the broadsheet (no article open, no reading pane).
    await page.getByRole('region', { name: 'Front page' }).waitFor();
    await view.waitFor({ state: 'detached' });
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations()).toEqual([]);
  });

  it('remembers theme and text size across a reload; the article menu changes them too', async () => {
    const { page, problems } = await open('light');
    await picturesSettled(page);
    await page.keyboard.press(',');
    const view = settingsView(page);
    await view.waitFor();
    await view.getByRole('radio', { name: 'Sepia' }).check();
    await view.getByRole('button', { name: 'Larger text' }).click();
    await view.getByRole('button', { name: 'Larger text' }).click();
    await view.getByText('20 px', { exact: true }).waitFor();
    await view.getByText('Saved', { exact: true }).waitFor();

    await page.reload();
    await waitForTheme(page, 'sepia');
    await picturesSettled(page);
    await page.keyboard.press(',');
    await view.waitFor();
    expect(await view.getByRole('radio', { name: 'Sepia' }).isChecked()).toBe(true);
    expect(await view.getByText('20 px', { exact: true }).count()).toBe(1);
    await view.getByRole('button', { name: 'Done' }).click();
    await view.waitFor({ state: 'detached' });
    await picturesSettled(page);

    await page.locator('[data-article-id]', { hasText: SEEDED.firstWorldTitle }).first().click();
    const article = page.locator('article.article');
    await article.waitFor();
    expect(
      await article.evaluate((element) =>
        (element as unknown as { style: { getPropertyValue(name: string): string } }).style.getPropertyValue(
          '--reading-size',
        ),
      ),
    ).toBe('20px');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const menu = page.getByRole('dialog', { name: 'Reading settings' });
    await menu.getByRole('radio', { name: 'Sans' }).check();
    await menu.getByRole('radio', { name: 'Light' }).check();
    await waitForTheme(page, 'light');
    await screenshot(page, 'reading-menu-light');
    expect(await seriousViolationsIn(page, '.reading-pane')).toEqual([]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(
      await article.evaluate((element) =>
        (element as unknown as { style: { getPropertyValue(name: string): string } }).style.getPropertyValue(
          '--reading-font',
        ),
      ),
    ).toBe('var(--font-ui)');
    expectHealthy(problems);
  });
});
