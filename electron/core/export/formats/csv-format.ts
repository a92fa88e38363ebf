/**
 * CSV with the columns read-later apps use (Pocket, Instapaper, Omnivore):
 * url, title, time_added (Unix seconds; the bookmark's time, else the
 * article's), tags (separated by "|"), note. RFC 4180: CRLF rows, fields
 * quoted when they hold a comma, quote or line break. A cell that starts
 * with = + - @ (or a tab or return) is prefixed with ' so a spreadsheet
 * shows it as text instead of running it as a formula.
 */
import type { ExportRecord } from '../export-record';
import type { ExportFormatSpec } from '../format-writer';
import { exportUrl } from '../../../api/url-policy/export-policy';

export const CSV_COLUMNS = ['url', 'title', 'time_added', 'tags', 'note'] as const;

export const csvFormat: ExportFormatSpec = {
  describe: () => ({ extension: 'csv', mimeType: 'text/csv' }),
  open(sink) {
    sink.write(`${CSV_COLUMNS.join(',')}\r\n`);
    return {
      add(record) {
        sink.write(`${csvRow(record).map(csvCell).join(',')}\r\n`);
      },
      finish() {},
    };
  },
};

function csvRow(record: ExportRecord): string[] {
  const added = Date.parse(record.bookmark?.createdAt ?? record.sortTime);
  return [
    exportUrl(record.url) ?? '',
    record.title,
    String(Math.floor(added / 1000)),
    (record.bookmark?.tags ?? []).join('|'),
    record.bookmark?.note ?? '',
  ];
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
