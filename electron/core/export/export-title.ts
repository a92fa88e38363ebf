/** The collection's title when the reader gave none: what the selection is, in words. */
import type { ExportSelection } from '../../api/methods/exports';
import { get, type Db } from '../db/sql';
import type { OutlineEntry } from './format-writer';

export function defaultTitle(db: Db, what: ExportSelection, outline: readonly OutlineEntry[]): string {
  switch (what.kind) {
    case 'article':
      return outline[0]?.title.trim() || 'Article';
    case 'articles':
      return 'Selected articles';
    case 'search':
      return `Search: ${what.query}`;
    case 'scope': {
      const scope = what.scope;
      if (scope.kind === 'bookmarks') return scope.tag ? `Bookmarks tagged “${scope.tag}”` : 'Bookmarks';
      if (scope.kind === 'section')
        return nameOf(db, 'SELECT name AS n FROM sections WHERE id = ?', scope.sectionId) ?? 'Section';
      if (scope.kind === 'feed') return nameOf(db, 'SELECT title AS n FROM feeds WHERE id = ?', scope.feedId) ?? 'Feed';
      if (scope.kind === 'category') return `Category: ${scope.category}`;
      return { all: 'All articles', unread: 'Unread articles', today: 'Today', hidden: 'Hidden by rules' }[scope.kind];
    }
  }
}

function nameOf(db: Db, sql: string, id: string): string | undefined {
  return get<{ n: string }>(db, sql, Number(id))?.n;
}
