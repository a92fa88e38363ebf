import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from './support/export-fixture';
import { epubcheck, epubcheckAvailable } from './support/epubcheck';

/**
 * Every export keeps each article's language and direction: Arabic and Hebrew
 * read right to left in HTML (and the PDF printed from it), EPUB, and say
 * their language in Markdown and JSON. A collection in one language is a
 * document (or book) in that language.
 */
let f: ExportFixture;
const ids: Record<string, string> = {};

const STORIES = [
  ['ar', 'ar', 'أكبر مشروع للطاقة الشمسية في المنطقة يبدأ العمل', 'أعلنت وزارة الطاقة اليوم بدء تشغيل المرحلة الأولى.'],
  ['ar2', 'ar', 'الأمم المتحدة تدعو إلى وقف إطلاق النار', 'قال الأمين العام إن المدنيين يدفعون الثمن الأكبر.'],
  ['he', 'he', 'הממשלה אישרה את תקציב המדינה לשנה הבאה', 'התקציב כולל הגדלה משמעותית בהוצאות על חינוך.'],
  ['en', 'en-GB', 'Government unveils plan to cut energy bills', 'Households will receive a discount this winter.'],
  ['ko', 'ko', '서울시, 내년부터 대중교통 요금 인상', '서울시는 지하철과 버스 기본요금을 올리기로 했다.'],
  ['unknown', null, 'Untagged story', 'Nobody said which language this is.'],
  ['hostile', '"><script>', 'A hostile language tag', 'The feed wrote markup where a language goes.'],
] as const;

beforeAll(() => {
  f = createExportFixture();
  const stored = f.ingest(
    f.feedId,
    STORIES.map(([key, language, title, summary], i) => ({
      guid: key,
      url: `https://news.example/${key}`,
      title,
      summary,
      language,
      publishedAt: NOW - i * 3_600_000,
      contentHtml: `<p>${summary}</p>`,
    })),
  );
  STORIES.forEach(([key], i) => (ids[key] = stored[i]!));
});
afterAll(() => f.dispose());

const read = (path: string) => readFileSync(path, 'utf8');
const every = STORIES.map(([key]) => key);
const select = (keys: readonly string[]) => ({ kind: 'articles' as const, ids: keys.map((key) => ids[key]!) });
/** The opening tag of the element that holds this text. */
const tagAround = (html: string, text: string, tag: string) => {
  const end = html.indexOf(text);
  const start = html.lastIndexOf(`<${tag}`, end);
  return html.slice(start, html.indexOf('>', start) + 1);
};

describe('HTML (and the PDF printed from it)', () => {
  test.each([false, true])(
    'a mixed collection is English with each article in its own language (print: %s)',
    async (print) => {
      const out = await f.exportAs({ what: select(every), format: 'html', options: { print } });
      const html = read(out.path);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<h2>Contents</h2>');
      expect(tagAround(html, 'id="article-', 'article')).toMatch(/^<article id="article-\d+" lang="ar" dir="rtl">$/);
      const article = (key: string) => html.match(new RegExp(`<article id="article-${ids[key]}"[^>]*>`))![0];
      expect(article('ar')).toContain(' lang="ar" dir="rtl"');
      expect(article('he')).toContain(' lang="he" dir="rtl"');
      expect(article('en')).toContain(' lang="en-GB" dir="ltr"');
      expect(article('ko')).toContain(' lang="ko" dir="ltr"');
      expect(article('unknown')).toBe(`<article id="article-${ids.unknown}" dir="auto">`);
      expect(article('hostile')).toBe(`<article id="article-${ids.hostile}" dir="auto">`);
      expect(html).not.toContain('<script>');
      // The contents list shows each title in its own direction too.
      expect(tagAround(html, STORIES[0][2], 'li')).toBe('<li lang="ar" dir="rtl">');
    },
  );

  test('a collection in Arabic is an Arabic, right-to-left document, the app’s own words marked English', async () => {
    const html = read((await f.exportAs({ what: select(['ar', 'ar2']), format: 'html' })).path);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h2 lang="en">Contents</h2>');
    const single = read((await f.exportAs({ what: { kind: 'article', id: ids.he! }, format: 'html' })).path);
    expect(single).toContain('<html lang="he" dir="rtl">');
  });
});

describe('EPUB', () => {
  async function book(keys: readonly string[]) {
    const out = await f.exportAs({ what: select(keys), format: 'epub' });
    const files = unzipSync(readFileSync(out.path));
    const text = (name: string) => strFromU8(files[name]!);
    return { path: out.path, text, chapter: (n: number) => text(`EPUB/chapters/a${String(n).padStart(5, '0')}.xhtml`) };
  }

  test('a mixed book lists its languages, and each chapter is in its article’s language and direction', async () => {
    const epub = await book(every);
    const opf = epub.text('EPUB/package.opf');
    expect([...opf.matchAll(/<dc:language>([^<]+)<\/dc:language>/g)].map((m) => m[1])).toEqual([
      'ar',
      'he',
      'en-GB',
      'ko',
    ]);
    expect(opf).toContain('xml:lang="ar"');
    expect(opf).not.toContain('page-progression-direction');
    expect(epub.chapter(1)).toContain('lang="ar" xml:lang="ar" dir="rtl">');
    expect(epub.chapter(3)).toContain('lang="he" xml:lang="he" dir="rtl">');
    expect(epub.chapter(4)).toContain('lang="en-GB" xml:lang="en-GB" dir="ltr">');
    expect(epub.chapter(5)).toContain('lang="ko" xml:lang="ko" dir="ltr">');
    // Unknown or unusable: the book's language, and the text finds its direction.
    for (const n of [6, 7]) {
      expect(epub.chapter(n)).toContain('lang="ar" xml:lang="ar">');
      expect(epub.chapter(n)).toContain('<article dir="auto">');
    }
    const nav = epub.text('EPUB/nav.xhtml');
    expect(nav).toContain(`xml:lang="he" lang="he" dir="rtl">${STORIES[2][2]}</a>`);
    expect(nav).toContain('<h1 lang="en" xml:lang="en">Contents</h1>');
    if (!epubcheckAvailable()) return;
    const report = await epubcheck(epub.path);
    expect(report.output).toContain('No errors or warnings detected');
  }, 300_000);

  test('a book whose articles all read right to left turns its pages that way, and passes epubcheck', async () => {
    const epub = await book(['ar', 'ar2', 'he']);
    const opf = epub.text('EPUB/package.opf');
    expect(opf).toContain('<spine page-progression-direction="rtl">');
    expect(epub.text('EPUB/nav.xhtml')).toContain('lang="ar" xml:lang="ar" dir="rtl">');
    expect(epub.text('EPUB/cover.xhtml')).toContain('lang="ar" xml:lang="ar" dir="rtl">');
    if (!epubcheckAvailable()) return;
    const report = await epubcheck(epub.path);
    expect(report.output).toContain('No errors or warnings detected');
  }, 300_000);
});

describe('Markdown and JSON', () => {
  test('the front matter says the article’s language, and only when it is known', async () => {
    const front = async (key: string) => {
      const out = await f.exportAs({
        what: { kind: 'article', id: ids[key]! },
        format: 'md',
        options: { images: 'link' },
      });
      return parse(read(out.path).split('---\n')[1]!) as Record<string, unknown>;
    };
    expect((await front('ar')).lang).toBe('ar');
    expect((await front('en')).lang).toBe('en-GB');
    expect(await front('unknown')).not.toHaveProperty('lang');
    expect(await front('hostile')).not.toHaveProperty('lang');
  });

  test('JSON gives each article’s language and direction, within the documented schema', async () => {
    const out = await f.exportAs({ what: select(every), format: 'json' });
    const doc = JSON.parse(read(out.path)) as { articles: { id: string; language: unknown; direction: unknown }[] };
    const schema = JSON.parse(read(new URL('../../../docs/export-json.schema.json', import.meta.url).pathname));
    const validate = new Ajv({ formats: { 'date-time': /^\d{4}-\d\d-\d\dT[\d:.]+Z$/ } }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const byId = new Map(doc.articles.map((a) => [a.id, { language: a.language, direction: a.direction }]));
    expect(byId.get(ids.ar!)).toEqual({ language: 'ar', direction: 'rtl' });
    expect(byId.get(ids.he!)).toEqual({ language: 'he', direction: 'rtl' });
    expect(byId.get(ids.en!)).toEqual({ language: 'en-GB', direction: 'ltr' });
    expect(byId.get(ids.unknown!)).toEqual({ language: null, direction: null });
    expect(byId.get(ids.hostile!)).toEqual({ language: null, direction: null });
  });
});
