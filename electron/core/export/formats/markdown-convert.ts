/**
 * One article as Markdown: YAML front matter (through the yaml library, so
 * any title or note is quoted correctly; `lang`, the article's BCP 47
 * language when known, as static-site generators read it; a field the article
 * lacks is left out rather than written as `null` or empty, which notes apps
 * and site generators show literally) and the sanitized
 * HTML converted with Turndown and its GitHub-flavoured plugin (tables,
 * strikethrough).
 *
 * `<` in text is written as `&lt;`: Markdown renderers pass raw HTML through,
 * so an article whose text reads "<script>" must not become a script tag in
 * the reader's notes app.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { stringify } from 'yaml';
import { exportLanguage } from '../export-language';
import type { ExportRecord } from '../export-record';
import { exportUrl } from '../../../api/url-policy/export-policy';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  const created = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  created.use(gfm);
  const escape = created.escape.bind(created);
  created.escape = (text: string) => escape(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  service = created;
  return created;
}

export function frontMatter(record: ExportRecord): string {
  const fields: Record<string, unknown> = {
    title: record.title,
    url: exportUrl(record.url),
    author: record.author?.trim(),
    published: record.publishedAt,
    source: record.feed.title,
    section: record.section?.name,
    lang: exportLanguage(record.language),
    tags: record.bookmark?.tags,
    note: record.bookmark?.note,
  };
  const present = Object.entries(fields).filter(([, value]) => !isAbsent(value));
  return `---\n${stringify(Object.fromEntries(present), { lineWidth: 0 })}---\n`;
}

function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function toMarkdown(record: ExportRecord, sanitizedHtml: string): string {
  const body = turndown().turndown(sanitizedHtml).trim();
  return `${frontMatter(record)}\n${body}\n`;
}
