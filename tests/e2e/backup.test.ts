import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForTheme } from './support/in-page';
import { expectHealthy, screenshot } from './support/reader-app';
import { useSeededReader } from './support/seeded-reader';

/**
 * Backup, restore and bookmark import in the preview, end to end: the backup leaves as a download from the
 * preview, and files come back through the page's file inputs as uploads — all on the cookie the printed address
 * gave this browser.
 */
const reader = useSeededReader();
const files = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-backup-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

const BOOKMARKS_FILE = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
  <DT><A HREF="https://reading.example/long-read" ADD_DATE="1700000000">A long read kept for later</A>
  <DT><A HREF="https://reading.example/essay" ADD_DATE="1700000100">An essay kept for later</A>
</DL><p>
`;

async function openBackupPanel(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Backup and restore' });
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

/** Clicks a button that opens the page's file input and gives it `path`, as the reader picking a file would. */
async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

describe('backing up and restoring in Chromium through the preview', () => {
  it('downloads a backup, imports bookmarks by upload, and restores the backup’s settings by upload', async () => {
    const { page, problems } = await reader.open('light');
    const panel = await openBackupPanel(page);
    const settings = page.getByRole('main', { name: 'Settings' });
    await settings.getByRole('radio', { name: 'Light' }).check();
    await waitForTheme(page, 'light');
    await settings.getByText('Saved', { exact: true }).waitFor();

    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Back up…' }).click();
    const download = await downloaded;
    const backup = join(files, download.suggestedFilename());
    await download.saveAs(backup);
    await panel.getByText(/^Backup downloaded as .+\.bsbackup: \d+ subscriptions, \d+ bookmarks\.$/).waitFor();

    const bookmarks = join(files, 'bookmarks.html');
    writeFileSync(bookmarks, BOOKMARKS_FILE);
    await chooseFile(page, 'Import bookmarks…', bookmarks);
    await panel.getByText(/^Found 2 links in the bookmarks file: 2 new bookmarks, 0 already bookmarked\./).waitFor();

    await settings.getByRole('radio', { name: 'Dark' }).check();
    await waitForTheme(page, 'dark');
    await chooseFile(page, 'Restore…', backup);
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await panel.getByText(/^Restored the backup of .+ Your settings were restored too\.$/).waitFor();
    await waitForTheme(page, 'light');
    await screenshot(page, 'backup-restored-light');
    expect(await panel.getByRole('alert').count()).toBe(0);
    expectHealthy(problems);
  });
});
