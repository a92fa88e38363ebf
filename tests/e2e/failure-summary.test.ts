import { describe, expect, it } from 'vitest';
import { showTheme } from './support/in-page';
import { expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

/**
 * A failed refresh as a reader meets it: one quiet line in the refresh panel that opens into the failures grouped
 * by cause and host, each with the whole reason, when its feeds last worked and a way to retry; the sidebar only
 * marks the feed. Looked at in every theme.
 */
const reader = useSeededReader();

describe('the failure summary in Chromium', () => {
  it.each(['light', 'dark', 'sepia'] as const)('groups failures with their reason (%s)', async (theme) => {
    const { page, problems } = await reader.open(theme === 'dark' ? 'dark' : 'light');
    if (theme === 'sepia') await showTheme(page, 'sepia');
    const panel = page.getByRole('region', { name: 'Refresh' });
    await panel.getByRole('button', { name: /1 of \d+ feeds? failed/ }).click();
    const groups = panel.getByRole('list', { name: 'Why feeds failed' });
    await groups.waitFor();
    const group = groups.getByRole('listitem').first();
    expect(await group.textContent()).toContain('answered with an error · 1 feed');
    expect(await group.textContent()).toContain(SEEDED.failingError);
    expect(await group.getByRole('button', { name: SEEDED.failingFeed }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Retry failed' }).isVisible()).toBe(true);
    // The sidebar marks the feed without a red line under it.
    expect(await page.getByRole('navigation', { name: 'Library' }).locator('.sidebar-item__error').count()).toBe(0);
    await screenshot(page, `failure-summary-${theme}`);
    await expectAccessible(page);
    expectHealthy(problems);
  });
});
