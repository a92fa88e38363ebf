import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXPORT_FORMATS } from '../../../electron/api/methods/exports';
import { sanitizeExportHtml } from '../../../electron/core/export/sanitize-export';
import { ATTACKER_HOST, XSS_CORPUS } from '../../fixtures/xss/corpus';
import { createExportFixture, type ExportFixture } from './support/export-fixture';
import { findDanger } from './support/inert';
import { readCsv } from './support/read-csv';

/**
 * The XSS corpus through every format: whatever a hostile feed sent, nothing
 * that can run, submit, frame or fetch survives in an exported file.
 */
let f: ExportFixture;
const all = { kind: 'scope', scope: { kind: 'all' } } as const;
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>=HYPERLINK("https://evil.invalid")';

beforeAll(async () => {
  f = createExportFixture();
  await f.addArticles(XSS_CORPUS.length, { html: (i) => XSS_CORPUS[i]!.html, prefix: 'xss', bookmark: true });
  const db = f.library.db();
  db.prepare('UPDATE articles SET title = ?, url = ? WHERE id = (SELECT MIN(id) FROM articles)').run(
    HOSTILE_TITLE,
    'javascript:alert(1)',
  );
}, 60_000);
afterAll(() => f.dispose());

describe('hostile articles', () => {
  test.each(XSS_CORPUS.map((vector) => [vector.name, vector.html]))('the sanitizer defuses %s', (_name, html) => {
    expect(findDanger(sanitizeExportHtml(html, { uncached: 'link', cached: () => null }))).toEqual([]);
    expect(
      findDanger(sanitizeExportHtml(html, { uncached: 'remote', cached: () => null }), { remoteImages: true }),
    ).toEqual([]);
  });

  test('HTML export keeps nothing that runs or fetches', async () => {
    const out = await f.exportAs({ what: all, format: 'html' });
    const html = readFileSync(out.path, 'utf8');
    expect(findDanger(html)).toEqual([]);
    expect(html).not.toMatch(/<img[^>]+src="https?:/i);
  });

  test('EPUB chapters keep nothing that runs or fetches', async () => {
    const out = await f.exportAs({ what: all, format: 'epub' });
    const files = unzipSync(readFileSync(out.path));
    const problems = Object.entries(files)
      .filter(([name]) => name.endsWith('.xhtml'))
      .flatMap(([name, bytes]) => findDanger(strFromU8(bytes)).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('Markdown has no raw HTML a renderer would pass through, and front matter stays data', async () => {
    const out = await f.exportAs({ what: all, format: 'md', options: { images: 'link' } });
    const files = unzipSync(readFileSync(out.path));
    for (const [name, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes);
      const [, front, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
      expect(parseYaml(front!), name).toBeTypeOf('object');
      expect(body, name).not.toMatch(/<\s*[a-z!/]/i);
      expect(body, name).not.toMatch(/\]\(\s*(javascript|vbscript|data):/i);
    }
  });

  test('JSON content is sanitized and unsafe addresses are null', async () => {
    const out = await f.exportAs({ what: all, format: 'json' });
    const doc = JSON.parse(readFileSync(out.path, 'utf8')) as {
      articles: { url: string | null; contentHtml: string }[];
    };
    expect(doc.articles.some((a) => a.url === null)).toBe(true);
    for (const article of doc.articles) expect(findDanger(article.contentHtml, { remoteImages: true })).toEqual([]);
  });

  test('CSV and Netscape carry no script address and no formula', async () => {
    const csv = readCsv(readFileSync((await f.exportAs({ what: all, format: 'csv' })).path, 'utf8'));
    for (const row of csv.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv.flat().join(' ')).not.toMatch(/javascript:/i);
    const netscape = readFileSync((await f.exportAs({ what: all, format: 'netscape' })).path, 'utf8');
    expect(findDanger(netscape.replace(/<META[^>]*>/, ''))).toEqual([]);
    expect(netscape).not.toMatch(/javascript:/i);
  });

  test('every format was exercised', () => {
    expect(EXPORT_FORMATS).toEqual(['epub', 'html', 'md', 'json', 'csv', 'netscape']);
    expect(ATTACKER_HOST).toBe('evil.invalid');
  });
});
