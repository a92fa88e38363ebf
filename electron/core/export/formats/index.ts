/** Every export format by its contract name. */
import type { ExportFormat } from '../../../api/methods/exports';
import { epubFormat } from '../epub/epub-format';
import type { ExportFormatSpec } from '../format-writer';
import { csvFormat } from './csv-format';
import { htmlFormat } from './html-format';
import { jsonFormat } from './json-format';
import { markdownFormat } from './markdown-format';
import { netscapeFormat } from './netscape-format';

export const FORMATS: Record<ExportFormat, ExportFormatSpec> = {
  epub: epubFormat,
  html: htmlFormat,
  md: markdownFormat,
  json: jsonFormat,
  csv: csvFormat,
  netscape: netscapeFormat,
};
