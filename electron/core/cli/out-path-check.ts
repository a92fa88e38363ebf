/**
 * Whether an export's `--out` path names the kind of file the export writes.
 * Which kind is the app's decision (`planExport`: Markdown is one plain .md
 * for one article with linked pictures, a .zip otherwise; every other format
 * has one extension). A path whose extension names a different kind of file
 * that exports write is refused with the reason, so `x.md` never holds a zip;
 * a path with no such extension (`notes.txt`, `out`) is taken as it is.
 */
import { basename } from 'node:path';
import type { ExportFormat } from '../../api/methods/exports';

/** Extensions of the files exports write, and the kind each names. */
const KINDS: Readonly<Record<string, string>> = {
  md: 'md',
  markdown: 'md',
  zip: 'zip',
  epub: 'epub',
  html: 'html',
  htm: 'html',
  json: 'json',
  csv: 'csv',
};

export interface PlannedFile {
  format: ExportFormat;
  articleCount: number;
  /** The extension the export's file gets (`planExport`). */
  extension: string;
}

/** The reason, in one line, when `out` names another kind of file; null when it is fine. */
export function outPathRefusal(out: string, planned: PlannedFile): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(basename(out))?.[1]?.toLowerCase();
  const named = extension === undefined ? undefined : KINDS[extension];
  if (named === undefined || named === planned.extension) return null;
  return `${reason(planned, extension!)}: name the output .${planned.extension}${hint(planned)}`;
}

function reason(planned: PlannedFile, extension: string): string {
  if (planned.format !== 'md')
    return `--format ${planned.format} writes a .${planned.extension} file, not .${extension}`;
  if (planned.extension === 'md') return `One article with linked pictures is one plain .md file, not .${extension}`;
  if (planned.articleCount > 1)
    return `${planned.articleCount} articles export as a .zip of Markdown files, not one .${extension} file`;
  return `Markdown with its pictures embedded is a .zip (the .md file and an images/ folder), not .${extension}`;
}

function hint(planned: PlannedFile): string {
  return planned.format === 'md' && planned.extension === 'zip' && planned.articleCount === 1
    ? ', or add --images link for one .md file'
    : '';
}
