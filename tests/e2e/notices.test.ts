import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { watchPage } from './support/page-watch';
import { startPreview, type RunningPreview } from './support/preview';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'e2e');

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  // A settings file that is not JSON: the host sets it aside and raises a notice.
  preview = await startPreview({
    prepare: (dataDir) => writeFileSync(join(dataDir, 'config.json'), '{ this is not json'),
  });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('notices from the host, end to end', () => {
  it('shows the notice about a corrupt settings file, and dismissing it sticks', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const problems = watchPage(page);
    await page.goto(preview.url);

    const banner = page.getByRole('status').filter({ hasText: 'Settings were reset' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/kept as/);
    expect(readdirSync(preview.dataDir).some((name) => name !== 'config.json' && name.startsWith('config'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'notice-banner.png') });

    await page.getByRole('button', { name: 'Dismiss notice: Settings were reset' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('No sections yet').waitFor();
    expect(await page.getByText('Settings were reset').count()).toBe(0);

    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});
