/**
 * One export format: told the outline first (titles only, for tables of
 * contents), then handed articles one at a time, then finished. A writer
 * keeps only small per-article facts (titles, file names, image hashes)
 * between articles.
 */
import type { ExportOptions } from '../../api/methods/exports';
import type { ByteSink } from './byte-sink';
import type { PictureLookup } from './export-images';
import type { ExportRecord } from './export-record';

export interface ExportContext {
  title: string;
  exportedAt: Date;
  options: ExportOptions;
  outline: readonly OutlineEntry[];
  pictures(record: ExportRecord): PictureLookup;
}

export interface OutlineEntry {
  rowId: number;
  title: string;
  /** As stored; formats that name a language before the first article (HTML, EPUB) read it here. */
  language: string | null;
}

export interface FormatWriter {
  add(record: ExportRecord): void;
  finish(): void;
}

export interface ExportFormatSpec {
  /** File extension and type for an export of `count` articles with these options. */
  describe(count: number, options: ExportOptions): { extension: string; mimeType: string };
  open(sink: ByteSink, context: ExportContext): FormatWriter;
}

/** A title fit to read in a list: never empty. */
export function displayTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean === '' ? 'Untitled' : clean;
}
