/**
 * One article as Markdown: YAML front matter (through the yaml library, so
 * any title or note is quoted correctly; `lang`, the article's BCP 47
 * language when known, as static-site generators read it) and the sanitized
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
  const lang = exportLanguage(record.language);
  const data = {
    title: record.title,
    url: exportUrl(record.url),
    author: record.author,
    published: record.publishedAt,
    source: record.feed.title,
    section: record.section?.name ?? null,
    ...(lang ? { lang } : {}),
    tags: record.bookmark?.tags ?? [],
    note: record.bookmark?.note ?? '',
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

export function toMarkdown(record: ExportRecord, sanitizedHtml: string): string {
  const body = turndown().turndown(sanitizedHtml).trim();
  return `${frontMatter(record)}\n${body}\n`;
}
