/**
 * JSON: everything about each article, in the schema documented in
 * docs/EXPORT-JSON.md (docs/export-json.schema.json). Written as a stream:
 * the envelope first, then one article at a time. Content is sanitized like
 * every other format; pictures keep their web addresses.
 */
import { textDirection } from '../../../api/text-direction';
import { exportLanguage } from '../export-language';
import type { ExportRecord } from '../export-record';
import type { ExportFormatSpec } from '../format-writer';
import { sanitizeExportHtml } from '../sanitize-export';
import { exportUrl } from '../../../api/url-policy/export-policy';

export const JSON_EXPORT_FORMAT = 'broadsheet-export';
export const JSON_EXPORT_VERSION = 1;

export const jsonFormat: ExportFormatSpec = {
  describe: () => ({ extension: 'json', mimeType: 'application/json' }),
  open(sink, context) {
    const head = {
      format: JSON_EXPORT_FORMAT,
      version: JSON_EXPORT_VERSION,
      title: context.title,
      exportedAt: context.exportedAt.toISOString(),
    };
    sink.write(`${JSON.stringify(head).slice(0, -1)},"articles":[\n`);
    let first = true;
    return {
      add(record) {
        sink.write(`${first ? '' : ',\n'}${JSON.stringify(toJson(record))}`);
        first = false;
      },
      finish() {
        sink.write('\n]}\n');
      },
    };
  },
};

export function toJson(record: ExportRecord): Record<string, unknown> {
  return {
    id: record.id,
    title: record.title,
    url: exportUrl(record.url),
    author: record.author,
    publishedAt: record.publishedAt,
    sortTime: record.sortTime,
    fetchedAt: record.fetchedAt,
    language: exportLanguage(record.language),
    direction: textDirection(exportLanguage(record.language)),
    summary: record.summary,
    categories: record.categories,
    wordCount: record.wordCount,
    isRead: record.isRead,
    feed: { title: record.feed.title, url: exportUrl(record.feed.url), siteUrl: exportUrl(record.feed.siteUrl) },
    section: record.section ? record.section.name : null,
    bookmark: record.bookmark,
    leadImageUrl: exportUrl(record.leadImageUrl),
    contentHtml: sanitizeExportHtml(record.html, { uncached: 'remote', cached: () => null }),
    text: record.text,
  };
}
