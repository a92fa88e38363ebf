import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { epubcheck, epubcheckAvailable } from '../core/export/support/epubcheck';
import { alertsRaised, expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

/**
 * The export dialog in the preview, end to end: the reader picks what and a
 * format, the core writes the file, and the browser downloads it. The file is
 * then read back the way the reader's other software would read it.
 */
const reader = useSeededReader();
const open = () => reader.open('light');
const downloads = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-downloads-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

/** Runs the open export dialog with `format` and returns the downloaded file and the article count it announced. */
async function exportAs(
  page: Page,
  format: string,
  name: string,
): Promise<{ path: string; articles: number; fileName: string }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  const path = join(downloads, name);
  await download.saveAs(path);
  const status = dialog.getByText(/^Downloading .+ \(\d+ articles?\)\.$/);
  await status.waitFor();
  const [, fileName, count] = /^Downloading (.+) \((\d+) articles?\)\.$/.exec((await status.textContent()) ?? '')!;
  expect(download.suggestedFilename()).toBe(fileName);
  return { path, articles: Number(count), fileName: fileName! };
}

describe('exporting from the reader in Chromium', () => {
  it('downloads a section as an EPUB with one chapter per article that passes epubcheck', async () => {
    const { page, problems } = await open();
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /^World\b/ })
      .first()
      .click();
    const list = page.getByRole('region', { name: 'World' });
    await list.locator('.article-row').first().waitFor();
    const rows = await list.locator('.article-row').count();

    await list.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    expect(await dialog.getByRole('radio', { name: 'This list (World)' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('option', { name: 'PDF' }).count()).toBe(0);
    await screenshot(page, 'export-dialog-light');
    await expectAccessible(page);

    const epub = await exportAs(page, 'EPUB (e-readers)', 'world.epub');
    expect(epub.fileName).toMatch(/\.epub$/);
    expect(epub.articles).toBe(rows);
    const files = unzipSync(readFileSync(epub.path));
    expect(strFromU8(files.mimetype!)).toBe('application/epub+zip');
    const chapters = Object.keys(files).filter((file) => /^EPUB\/chapters\/.+\.xhtml$/.test(file));
    expect(chapters).toHaveLength(rows);
    const nav = parseHTML(strFromU8(files['EPUB/nav.xhtml']!)).document;
    expect([...nav.querySelectorAll('nav li')].map((li) => li.textContent?.trim())).toContain(SEEDED.firstWorldTitle);
    if (epubcheckAvailable()) {
      const report = await epubcheck(epub.path);
      expect(report.ok, report.output).toBe(true);
    }
    expectHealthy(problems);
  });

  it('downloads a hostile article as one HTML file with nothing that could run', async () => {
    const { page, problems } = await open();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: SEEDED.hostileFeed }).click();
    await page.locator('.article-row', { hasText: SEEDED.hostileTitle }).first().click();
    const pane = page.getByRole('main', { name: 'Reading pane' });
    await pane.getByRole('heading', { level: 1, name: SEEDED.hostileTitle }).waitFor();
    await pane.getByRole('button', { name: 'Export…' }).click();
    expect(
      await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'This article' }).isChecked(),
    ).toBe(true);

    const html = await exportAs(page, 'HTML (one web page)', 'hostile.html');
    expect(html.articles).toBe(1);
    const text = readFileSync(html.path, 'utf8');
    const { document } = parseHTML(text);
    expect(document.querySelector('h1, h2')?.textContent).toContain(SEEDED.hostileTitle);
    expect(document.querySelectorAll('script, iframe, frame, object, embed, form, base')).toHaveLength(0);
    // The only http-equiv is the file's own lock: a CSP that allows no script at all.
    expect(
      [...document.querySelectorAll('meta[http-equiv]')].map(
        (meta) => `${meta.getAttribute('http-equiv')}: ${meta.getAttribute('content')}`,
      ),
    ).toEqual([expect.stringMatching(/^Content-Security-Policy: .*default-src 'none'/)]);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name, `${element.tagName} ${attribute.name}`).not.toMatch(/^on/i);
        expect(
          [...attribute.value].filter((char) => char > ' ').join(''),
          `${element.tagName} ${attribute.name}`,
        ).not.toMatch(/^(javascript|vbscript):/i);
      }
    }
    // Opening the exported page in the browser runs nothing either.
    const viewer = await page.context().newPage();
    await viewer.addInitScript('window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));');
    await viewer.goto(`file://${html.path}`);
    expect(await alertsRaised(viewer)).toEqual([]);
    expect(await alertsRaised(page)).toEqual([]);
    expectHealthy(problems);
  });
});
