import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XSS_CORPUS } from '../../fixtures/xss/corpus';
import { createExportFixture, type ExportFixture } from './support/export-fixture';
import { epubcheck, epubcheckAvailable } from './support/epubcheck';
import { findDanger } from './support/inert';

/**
 * EPUB: the structure read back from the zip, and the whole book through
 * epubcheck (zero errors, zero warnings). epubcheck is a JVM start each time,
 * so it runs twice: on the 100-article book and on the hostile one.
 */
let f: ExportFixture;
let book: { path: string; files: Record<string, Uint8Array>; raw: Uint8Array };
const MESSY =
  '<span><div>block in inline</div></span><em><p>para in em</p></em><ul><p>not an item</p>text</ul><li>stray</li>' +
  '<table><p>fostered</p><tr><td>cell</td></tr></table><h2><div>x</div></h2><a href="#frag">frag</a><a href="/rel">rel</a>' +
  '<img src="https://images.example/uncached.png" alt="gone"><p>\u0001control\uFFFF chars</p><dl><dt>t</dt><dd>d</dd></dl>';

// One book, one epubcheck run (a JVM start costs seconds): 100 bookmarked articles with cached
// pictures, then every vector of the XSS corpus and a page of malformed markup, bookmarked too.
beforeAll(async () => {
  f = createExportFixture();
  await f.addArticles(100, { picture: true, bookmark: true });
  await f.addArticles(XSS_CORPUS.length, { html: (i) => XSS_CORPUS[i - 100]!.html, prefix: 'xss', bookmark: true });
  await f.addArticles(1, { html: () => MESSY, prefix: 'messy', bookmark: true });
  const output = await f.exportAs({ what: { kind: 'scope', scope: { kind: 'bookmarks' } }, format: 'epub' });
  const raw = readFileSync(output.path);
  book = { path: output.path, raw, files: unzipSync(raw) };
}, 120_000);

afterAll(() => f.dispose());

const CHAPTERS = 100 + XSS_CORPUS.length + 1;

describe('EPUB export', () => {
  test('starts with an uncompressed mimetype entry, as readers require', () => {
    const header = Buffer.from(book.raw.subarray(0, 58));
    expect(header.readUInt32LE(0)).toBe(0x04034b50);
    expect(header.readUInt16LE(8)).toBe(0); // stored
    expect(header.subarray(30, 38).toString()).toBe('mimetype');
    expect(header.readUInt16LE(28)).toBe(0); // no extra field
    expect(header.subarray(38, 58).toString()).toBe('application/epub+zip');
  });

  test('holds one chapter per article, a table of contents, a cover and the cached pictures', () => {
    const names = Object.keys(book.files);
    expect(names.filter((n) => /^EPUB\/chapters\/a\d{5}\.xhtml$/.test(n))).toHaveLength(CHAPTERS);
    expect(names.filter((n) => /^EPUB\/images\/[0-9a-f]{32}\.png$/.test(n)).length).toBeGreaterThan(50);
    expect(names).toEqual(
      expect.arrayContaining(['EPUB/cover.svg', 'EPUB/cover.xhtml', 'EPUB/nav.xhtml', 'EPUB/package.opf']),
    );
    const nav = strFromU8(book.files['EPUB/nav.xhtml']!);
    expect(nav.match(/<li>/g)).toHaveLength(CHAPTERS);
    expect(nav).toContain('story number 0: a headline');
    const opf = strFromU8(book.files['EPUB/package.opf']!);
    expect(opf).toContain('<dc:title>Bookmarks</dc:title>');
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
    expect(opf).toContain('properties="cover-image"');
    const chapter = strFromU8(book.files['EPUB/chapters/a00001.xhtml']!);
    expect(chapter).toMatch(/<img src="\.\.\/images\/[0-9a-f]{32}\.png" alt="Picture 0"\/>/);
    expect(chapter).toContain('Note 0');
  });

  test('no chapter keeps anything hostile', () => {
    const chapters = Object.entries(book.files).filter(([name]) => name.startsWith('EPUB/chapters/'));
    const problems = chapters.flatMap(([name, bytes]) =>
      findDanger(strFromU8(bytes)).map((problem) => `${name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  test('passes epubcheck with no errors and no warnings', async () => {
    if (!epubcheckAvailable()) return;
    const report = await epubcheck(book.path);
    expect(report.output).toContain('No errors or warnings detected');
    expect(report.ok).toBe(true);
  }, 300_000);
});
