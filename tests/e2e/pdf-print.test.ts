import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBookmark } from '../../electron/core/library/bookmarks';
import { createExportFixture, type ExportFixture } from '../core/export/support/export-fixture';
import { NOW } from '../core/library/support/library-fixture';
import { launchChromium } from './support/chromium';

/**
 * The desktop app's PDF is Chromium printing an HTML export made for print
 * (`electron/main/export-pdf.ts`: a hidden window with JavaScript off, then
 * `printToPDF`). Electron cannot run here, so this prints the same file with
 * the same engine and page options through Playwright: one page break per
 * article, the reader's font, nothing blocked by the file's own CSP.
 */
let browser: Browser;
let f: ExportFixture;
const bookmarks = { kind: 'scope', scope: { kind: 'bookmarks' } } as const;
const ARTICLES = 3;

beforeAll(async () => {
  browser = await launchChromium();
  f = createExportFixture();
  await f.addArticles(ARTICLES, { picture: true, bookmark: true });
});

afterAll(async () => {
  await browser?.close();
  f?.dispose();
});

/** Prints like `createPdfPrinter` does; returns the PDF and what the page reported on the way. */
async function printToPdf(htmlPath: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => refused.push(message.text()));
  page.on('requestfailed', (request) => refused.push(request.url()));
  await page.goto(`file://${htmlPath}`);
  // The same page and margin options as Electron's printToPDF call (A4, 0.6 inch).
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '0.6in', bottom: '0.6in', left: '0.6in', right: '0.6in' },
    outline: true,
    tagged: true,
  });
  await context.close();
  return { pdf: pdf.toString('latin1'), refused };
}

const pageCount = (pdf: string) => pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
const fonts = (pdf: string) =>
  new Set([...pdf.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1]!));

describe('the PDF export, printed by Chromium', () => {
  it('puts the contents and each article on pages of their own, in the reader’s font', async () => {
    const serifExport = await f.exportAs({ what: bookmarks, format: 'html', options: { print: true, font: 'serif' } });
    const sansExport = await f.exportAs({ what: bookmarks, format: 'html', options: { print: true, font: 'sans' } });
    const screenExport = await f.exportAs({
      what: bookmarks,
      format: 'html',
      options: { print: false, font: 'serif' },
    });
    expect(readFileSync(serifExport.path, 'utf8')).toContain('<nav');

    const serif = await printToPdf(serifExport.path);
    const sans = await printToPdf(sansExport.path);
    const screen = await printToPdf(screenExport.path);
    for (const printed of [serif, sans, screen]) {
      expect(printed.pdf.startsWith('%PDF-')).toBe(true);
      expect(printed.refused).toEqual([]);
    }
    // Contents, then one page (at least) per article; the screen version runs them together.
    console.log(
      `PDF export: ${pageCount(serif.pdf)} pages printed for print (3 articles and the contents), ${pageCount(screen.pdf)} for screen; serif embeds ${[...fonts(serif.pdf)].join(', ')}; sans embeds ${[...fonts(sans.pdf)].join(', ')}`,
    );
    expect(pageCount(serif.pdf)).toBeGreaterThanOrEqual(ARTICLES + 1);
    expect(pageCount(screen.pdf)).toBeLessThan(pageCount(serif.pdf));
    // The reader's font choice reaches the page: the two printouts embed different faces.
    expect(fonts(serif.pdf).size).toBeGreaterThan(0);
    expect([...fonts(sans.pdf)]).not.toEqual([...fonts(serif.pdf)]);
  });

  it('lays out an Arabic article of the print export right to left, its note’s rule on the right, beside an English one', async () => {
    const [arabic, english] = f.ingest(f.feedId, [
      { guid: 'ar', title: 'أكبر مشروع للطاقة الشمسية', language: 'ar', contentHtml: '<p>بدأ العمل اليوم.</p>' },
      { guid: 'en', title: 'Government unveils plan', language: 'en', contentHtml: '<p>Work begins today.</p>' },
    ]);
    setBookmark(f.library.db(), arabic!, { note: 'ملاحظتي' }, NOW);
    const out = await f.exportAs({
      what: { kind: 'articles', ids: [arabic!, english!] },
      format: 'html',
      options: { print: true },
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${out.path}`);
    const style = async (selector: string, property: string) =>
      String(await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`));
    expect(await style(`#article-${arabic}`, 'direction')).toBe('rtl');
    expect(await style(`#article-${english}`, 'direction')).toBe('ltr');
    // The note's rule stands at the start of the line, which in Arabic is the right.
    expect(await style(`#article-${arabic} .note`, 'borderRightWidth')).toBe('3px');
    expect(await style(`#article-${arabic} .note`, 'borderLeftWidth')).toBe('0px');
    await context.close();
  });
});
