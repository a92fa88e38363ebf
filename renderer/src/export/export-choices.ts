import type { ListScope } from '../../../electron/api/library-queries';
import type { ExportFormat, ExportSelection } from '../../../electron/api/methods/exports';

/** What the dialog offers: the thing in front of the reader, and always all bookmarks. */
export interface ExportChoice {
  key: string;
  label: string;
  what: ExportSelection;
}

export function articleChoices(articleId: string): ExportChoice[] {
  return [
    { key: 'article', label: 'This article', what: { kind: 'article', id: articleId } },
    { key: 'bookmarks', label: 'All bookmarks', what: { kind: 'scope', scope: { kind: 'bookmarks' } } },
  ];
}

export function listChoices(scope: ListScope, title: string): ExportChoice[] {
  const all: ExportChoice = { key: 'bookmarks', label: 'All bookmarks', what: { kind: 'scope', scope: { kind: 'bookmarks' } } };
  if (scope.kind === 'bookmarks' && scope.tag === undefined) return [all];
  return [{ key: 'list', label: `This list (${title})`, what: { kind: 'scope', scope } }, all];
}

/** The formats in the dialog; PDF is printed by the desktop app from an HTML export. */
export type DialogFormat = ExportFormat | 'pdf';

export const FORMAT_LABELS: Record<DialogFormat, string> = {
  epub: 'EPUB (e-readers)',
  pdf: 'PDF',
  html: 'HTML (one web page)',
  md: 'Markdown',
  json: 'JSON',
  csv: 'CSV (read-later apps)',
  netscape: 'Bookmarks file (browsers)',
};
