import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { setBookmark } from '../../../electron/core/library/bookmarks';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from './support/export-fixture';
import { readCsv } from './support/read-csv';

/** Every format read back the way another program would read it. */
let f: ExportFixture;
let ids: string[];
const bookmarks = { kind: 'scope', scope: { kind: 'bookmarks' } } as const;

beforeAll(async () => {
  f = createExportFixture();
  ids = await f.addArticles(3, { picture: true, bookmark: true });
  await f.addArticles(2);
  setBookmark(
    f.library.db(),
    ids[2]!,
    { tags: ['=cmd', 'news, daily'], note: '+SUM(A1)\nsecond "line", with comma' },
    NOW,
  );
});
afterAll(() => f.dispose());

const read = (path: string) => readFileSync(path, 'utf8');

/** Elements as a browser's parser builds them (attribute names lower-cased, as browsers import them). */
function elements(html: string, name: string): DefaultTreeAdapterMap['element'][] {
  const found: DefaultTreeAdapterMap['element'][] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === name) found.push(child);
      walk(child);
    }
  };
  walk(parse(html));
  return found;
}
const schema = JSON.parse(
  readFileSync(new URL('../../../docs/export-json.schema.json', import.meta.url), 'utf8'),
) as object;

describe('HTML', () => {
  test('one self-contained file with a table of contents, inlined pictures and a restrictive CSP', async () => {
    const out = await f.exportAs({ what: bookmarks, format: 'html' });
    expect(out).toMatchObject({ fileName: 'bookmarks.html', mimeType: 'text/html', articleCount: 3 });
    const { document } = parseHTML(read(out.path));
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(
      /^default-src 'none'; img-src data:;/,
    );
    expect([...document.querySelectorAll('nav li a')].map((a) => a.textContent)).toEqual([
      'story number 0: a headline',
      'story number 1: a headline',
      'story number 2: a headline',
    ]);
    const targets = [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href')!.slice(1));
    for (const target of targets) expect(document.getElementById(target)?.localName).toBe('article');
    const images = [...document.querySelectorAll('article img')].map((img) => img.getAttribute('src')!);
    expect(images).toHaveLength(3);
    for (const src of images) expect(src).toMatch(/^data:image\/png;base64,/);
    expect(document.querySelector('article .note')?.textContent).toBe('Note 0');
  });

  test('a single article has no table of contents; an uncached picture becomes a link', async () => {
    const [plain] = await f.addArticles(1, {
      prefix: 'solo',
      html: () => '<p>x</p><img src="https://images.example/none.png" alt="Chart">',
    });
    const out = await f.exportAs({ what: { kind: 'article', id: plain! }, format: 'html' });
    const { document } = parseHTML(read(out.path));
    expect(document.querySelector('nav')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('a[href="https://images.example/none.png"]')?.textContent).toBe('[Image: Chart]');
  });

  test("for print (the PDF), each article starts a new page in the reader's font", async () => {
    const out = await f.exportAs({ what: bookmarks, format: 'html', options: { print: true, font: 'sans' } });
    const html = read(out.path);
    const { document } = parseHTML(html);
    expect(document.body.getAttribute('class')).toBe('print sans');
    expect(html).toContain('.print nav + article, .print article + article { break-before: page;');
  });
});

describe('Markdown', () => {
  test('a zip of .md files with YAML front matter and pictures as relative files', async () => {
    const out = await f.exportAs({ what: bookmarks, format: 'md' });
    expect(out.mimeType).toBe('application/zip');
    const files = unzipSync(readFileSync(out.path));
    const docs = Object.keys(files).filter((name) => name.endsWith('.md'));
    expect(docs).toHaveLength(3);
    const first = strFromU8(files[docs.find((d) => d.includes('story-number-0'))!]!);
    const [, yamlText, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(first)!;
    expect(parseYaml(yamlText!)).toEqual({
      title: 'story number 0: a headline',
      url: 'https://news.example/story/0',
      author: 'Lois Lane',
      published: '2025-06-15T12:00:00.000Z',
      source: 'The Daily Planet',
      section: 'World',
      tags: ['keep', 't0'],
      note: 'Note 0',
    });
    const picture = /!\[Picture 0\]\((images\/[0-9a-f]{32}\.png)\)/.exec(body!)?.[1];
    expect(picture && files[picture]?.byteLength).toBeGreaterThan(0);
    expect(body).toContain('*emphasis*');
    expect(body).toContain('[link](https://news.example/more)');
    expect(body).toMatch(/^-\s+one$/m);
    expect(body).toContain('\n\n![Picture 0]');
  });

  test('one article with linked pictures is a single .md file pointing at the web', async () => {
    const out = await f.exportAs({ what: { kind: 'article', id: ids[2]! }, format: 'md', options: { images: 'link' } });
    expect(out.fileName).toMatch(/\.md$/);
    const text = read(out.path);
    const front = parseYaml(/^---\n([\s\S]*?)---\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(front.tags).toEqual(['=cmd', 'news, daily']);
    expect(front.note).toBe('+SUM(A1)\nsecond "line", with comma');
    expect(text).toContain('](https://images.example/story-2.png)');
  });
});

describe('JSON', () => {
  test('matches the documented schema and holds every article with its bookmark', async () => {
    const out = await f.exportAs({
      what: { kind: 'scope', scope: { kind: 'section', sectionId: f.sectionId } },
      format: 'json',
    });
    const doc = JSON.parse(read(out.path)) as { articles: { title: string; bookmark: unknown; section: string }[] };
    const validate = new Ajv({
      allErrors: true,
      formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ },
    }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.articles.length).toBeGreaterThanOrEqual(5);
    expect(doc.articles[0]).toMatchObject({
      title: 'story number 0: a headline',
      section: 'World',
      bookmark: { tags: ['keep', 't0'], note: 'Note 0' },
    });
  });
});

describe('CSV', () => {
  test('read-later columns, RFC 4180 quoting and no formulas', async () => {
    const out = await f.exportAs({ what: bookmarks, format: 'csv' });
    const text = read(out.path);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows[0]).toEqual(['url', 'title', 'time_added', 'tags', 'note']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'https://news.example/story/0',
      'story number 0: a headline',
      String(NOW / 1000),
      'keep|t0',
      'Note 0',
    ]);
    expect(rows[3]![3]).toBe("'=cmd|news, daily");
    expect(rows[3]![4]).toBe(`'+SUM(A1)\nsecond "line", with comma`);
  });
});

describe('Netscape bookmarks', () => {
  test('a bookmark file browsers import, with dates, tags and notes', async () => {
    const out = await f.exportAs({ what: bookmarks, format: 'netscape' });
    const text = read(out.path);
    expect(text.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    const links = elements(text, 'a').map((a) => Object.fromEntries(a.attrs.map((attr) => [attr.name, attr.value])));
    expect(links.map((a) => a.href)).toEqual([
      'https://news.example/story/0',
      'https://news.example/story/1',
      'https://news.example/story/2',
    ]);
    expect(links[0]!.add_date).toBe(String(NOW / 1000));
    expect(links[2]!.tags).toBe('=cmd,news  daily');
    expect(text).toContain('<DD>Note 0\n');
  });
});

describe('selection', () => {
  test('a tag, a search and a list of ids select what the reader sees there', async () => {
    const tagged = await f.exportAs({
      what: { kind: 'scope', scope: { kind: 'bookmarks', tag: 't1' } },
      format: 'json',
    });
    expect((JSON.parse(read(tagged.path)) as { articles: { title: string }[] }).articles.map((a) => a.title)).toEqual([
      'story number 1: a headline',
    ]);
    const searched = await f.exportAs({ what: { kind: 'search', query: 'story 4' }, format: 'csv' });
    expect(
      readCsv(read(searched.path))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['https://news.example/story/4']);
    const chosen = await f.exportAs({ what: { kind: 'articles', ids: [ids[1]!, ids[0]!] }, format: 'csv' });
    expect(
      readCsv(read(chosen.path))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['https://news.example/story/1', 'https://news.example/story/0']);
  });

  test('an empty selection or an unknown article is a clear error and leaves no file', async () => {
    await expect(
      f.exportAs({ what: { kind: 'scope', scope: { kind: 'bookmarks', tag: 'nothing' } }, format: 'html' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nothing to export') });
    await expect(f.exportAs({ what: { kind: 'article', id: '999999' }, format: 'html' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
