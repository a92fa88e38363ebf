/**
 * The FTS5 index over title, author, body text and categories. It is
 * contentless (the text already lives in `articles`), which halves its size;
 * contentless_delete lets updates and retention remove rows by id.
 * If this SQLite has no FTS5 the library still works without search, and the
 * index is built the first time the library opens on a build that has it.
 */
import { get, run, type Db } from './sql';
import { segmentForIndex } from './segment';

export const SEARCH_TABLE = 'article_search';

export interface SearchDocument {
  title: string;
  author: string | null;
  /** The page's byline (kept with full text): searched as an author, beside the feed's. */
  byline?: string | null;
  text: string;
  categories: readonly string[];
}

const known = new WeakMap<Db, boolean>();

export function hasFts5(db: Db): boolean {
  try {
    db.exec('CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x); DROP TABLE temp.fts5_probe;');
    return true;
  } catch {
    return false;
  }
}

export function hasSearchIndex(db: Db): boolean {
  let exists = known.get(db);
  if (exists === undefined) {
    exists = get(db, "SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", SEARCH_TABLE) !== undefined;
    known.set(db, exists);
  }
  return exists;
}

/** Creates the index and fills it from the stored articles. Returns whether it exists. */
export function ensureSearchIndex(db: Db, fts5Available = hasFts5(db)): boolean {
  known.delete(db);
  if (hasSearchIndex(db)) return true;
  if (!fts5Available) return false;
  db.exec(`
    CREATE VIRTUAL TABLE ${SEARCH_TABLE} USING fts5(
      title, author, body, categories,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    -- bm25 weights: title, author, body, categories.
    INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0)');
    CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
      DELETE FROM ${SEARCH_TABLE} WHERE rowid = OLD.id;
    END;
  `);
  known.set(db, true);
  // Migration 002 builds the index of a library older than the byline column (migration 016).
  const byline = get(db, "SELECT 1 AS x FROM pragma_table_info('articles') WHERE name = 'byline'") ? 'byline' : 'NULL';
  // One row at a time: the whole library's text at once would be hundreds of megabytes.
  const rows = db.prepare(`SELECT id, title, author, ${byline} AS byline, text, categories FROM articles`).iterate();
  for (const row of rows as Iterable<{
    id: number;
    title: string;
    author: string | null;
    byline: string | null;
    text: string;
    categories: string;
  }>) {
    writeSearchDocument(db, row.id, { ...row, categories: JSON.parse(row.categories) as string[] }, false);
  }
  return true;
}

export function writeSearchDocument(db: Db, id: number, doc: SearchDocument, replace: boolean): void {
  if (!hasSearchIndex(db)) return;
  if (replace) run(db, `DELETE FROM ${SEARCH_TABLE} WHERE rowid = ?`, id);
  run(
    db,
    `INSERT INTO ${SEARCH_TABLE} (rowid, title, author, body, categories) VALUES (?, ?, ?, ?, ?)`,
    id,
    segmentForIndex(doc.title),
    authorsOf(doc),
    segmentForIndex(doc.text),
    segmentForIndex(doc.categories.join(' ; ')),
  );
}

/** The feed's author and the page's byline, both searchable as the author; the same name once. */
function authorsOf(doc: SearchDocument): string | null {
  const names = [doc.author, doc.byline ?? null].filter((name): name is string => Boolean(name));
  const distinct = names.filter(
    (name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  return distinct.length === 0 ? null : segmentForIndex(distinct.join(' ; '));
}
