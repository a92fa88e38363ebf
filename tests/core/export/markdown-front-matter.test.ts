import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ExportRecord } from '../../../electron/core/export/export-record';
import { frontMatter } from '../../../electron/core/export/formats/markdown-convert';

/** The Markdown front matter as a notes app or static-site generator reads it: no field says `null`. */
const base: ExportRecord = {
  id: '1',
  rowId: 1,
  title: 'A headline',
  url: 'https://news.example/a',
  author: 'Lois Lane',
  publishedAt: '2025-06-15T12:00:00.000Z',
  sortTime: '2025-06-15T12:00:00.000Z',
  fetchedAt: '2025-06-15T12:00:00.000Z',
  language: 'en',
  summary: null,
  categories: [],
  wordCount: 10,
  isRead: false,
  feed: { id: '1', title: 'The Daily Planet', url: 'https://news.example/feed', siteUrl: null },
  section: { id: '1', name: 'World' },
  bookmark: { createdAt: '2025-06-15T12:00:00.000Z', tags: ['keep'], note: 'Read again' },
  html: '<p>x</p>',
  leadImageUrl: null,
  text: 'x',
};

function read(record: ExportRecord): Record<string, unknown> {
  const text = frontMatter(record);
  expect(text).not.toMatch(/: null$|: ""$|: \[\]$|: ''$/m);
  return parseYaml(/^---\n([\s\S]*)---\n$/.exec(text)![1]!) as Record<string, unknown>;
}

describe('Markdown front matter', () => {
  test('an article with everything lists every field', () => {
    expect(read(base)).toEqual({
      title: 'A headline',
      url: 'https://news.example/a',
      author: 'Lois Lane',
      published: '2025-06-15T12:00:00.000Z',
      source: 'The Daily Planet',
      section: 'World',
      lang: 'en',
      tags: ['keep'],
      note: 'Read again',
    });
  });

  test.each<[string, Partial<ExportRecord>, string[]]>([
    ['no author', { author: null }, ['author']],
    ['a blank author', { author: '  ' }, ['author']],
    ['no date', { publishedAt: null }, ['published']],
    ['no link', { url: null }, ['url']],
    ['a link that is not a web address', { url: 'javascript:alert(1)' }, ['url']],
    ['no section', { section: null }, ['section']],
    ['an unknown language', { language: null }, ['lang']],
    ['not bookmarked', { bookmark: null }, ['tags', 'note']],
    [
      'a bookmark without tags or note',
      { bookmark: { createdAt: base.sortTime, tags: [], note: '' } },
      ['tags', 'note'],
    ],
  ])('%s: the field is left out, not written as null or empty', (_case, change, missing) => {
    const front = read({ ...base, ...change });
    for (const key of missing) expect(front).not.toHaveProperty(key);
    expect(front.title).toBe('A headline');
    expect(front.source).toBe('The Daily Planet');
  });
});
