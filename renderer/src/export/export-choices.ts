/** What the dialog offers: the thing in front of the reader, and always all bookmarks. */
import type { ListScope } from '@contract/library-queries';
import type { ExportFormat, ExportSelection } from '@contract/methods/exports';

export interface ExportChoice {
  key: string;
  label: string;
  what: ExportSelection;
}

/** Offered beside whatever is in front of the reader. */
const ALL_BOOKMARKS: ExportChoice = {
  key: 'bookmarks',
  label: 'All bookmarks',
  what: { kind: 'scope', scope: { kind: 'bookmarks' } },
};

export function articleChoices(articleId: string): ExportChoice[] {
  return [{ key: 'article', label: 'This article', what: { kind: 'article', id: articleId } }, ALL_BOOKMARKS];
}

export function listChoices(scope: ListScope, title: string): ExportChoice[] {
  if (scope.kind === 'bookmarks' && scope.tag === undefined) return [ALL_BOOKMARKS];
  return [{ key: 'list', label: `This list (${title})`, what: { kind: 'scope', scope } }, ALL_BOOKMARKS];
}

/**
 * A search: every match of the words, and, when filters narrow the results,
 * exactly the results on screen (the export's own search knows the words,
 * not the filters).
 */
export function searchChoices(query: string, shownIds: readonly string[], filtered: boolean): ExportChoice[] {
  const choices: ExportChoice[] = [];
  if (filtered && shownIds.length > 0) {
    const count = shownIds.length === 1 ? '1 result' : `${shownIds.length} results`;
    choices.push({ key: 'shown', label: `The ${count} shown`, what: { kind: 'articles', ids: [...shownIds] } });
  }
  choices.push({ key: 'search', label: `Every match for “${query}”`, what: { kind: 'search', query } });
  choices.push(ALL_BOOKMARKS);
  return choices;
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
