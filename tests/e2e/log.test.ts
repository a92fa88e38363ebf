import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from './support/chromium';
import { screenshot } from './support/reader-app';
import { startPreview, type RunningPreview } from './support/preview';

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const logText = () => {
  const path = join(preview.dataDir, 'logs', 'preview.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

describe('the log, end to end in the preview', () => {
  it('shows the log folder in Settings → About, and an error in the page lands in preview.log without its secret', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    await page.goto(preview.url);
    await page.getByText('No sections yet').waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const about = page.getByRole('main', { name: 'Settings' }).getByRole('region', { name: 'About' });
    await about.getByText(join(preview.dataDir, 'logs'), { exact: true }).waitFor();
    await about.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-about');

    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('e2e boom fetching https://reader:hunter2@feeds.example/rss');
      });
    });

    await vi.waitFor(
      () =>
        expect(logText()).toMatch(
          /\[ERR\] broadsheet\.renderer: Uncaught error: e2e boom fetching https:\/\/\*\*\*@feeds\.example\/rss/,
        ),
      {
        timeout: 15_000,
        interval: 100,
      },
    );
    expect(logText()).toMatch(/\[INF\] broadsheet\.host: Broadsheet preview \S+ starting/);
    expect(logText()).toMatch(/\[INF\] broadsheet\.core: Core started/);
    expect(logText()).not.toContain('hunter2');
    await page.close();
  });
});
