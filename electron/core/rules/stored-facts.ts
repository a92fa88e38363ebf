/**
 * Stored articles as rules read them (`ArticleFacts`): by id (the articles a store step just wrote) or all of
 * them, newest first (a preview, an apply). The article's text is read only when a rule looks at it.
 */
import { placeholders, stmt, type Db } from '../db/sql';
import type { ArticleFacts } from './rule-facts';

export interface StoredFacts {
  id: number;
  title: string;
  feedTitle: string;
  sortTime: number;
  facts: ArticleFacts;
}

interface FactsRow {
  id: number;
  title: string;
  text: string;
  author: string | null;
  byline: string | null;
  categories: string;
  language: string | null;
  url: string | null;
  sort_time: number;
  feed_url: string;
  feed_title: string;
  account_id: string;
  section_name: string | null;
}

const CHUNK = 500;

function select(withText: boolean): string {
  return `SELECT a.id, a.title, ${withText ? 'a.text' : "'' AS text"}, a.author, a.byline, a.categories, a.language,
      a.url, a.sort_time, f.url AS feed_url, f.title AS feed_title, f.account_id, s.name AS section_name
    FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN sections s ON s.id = a.section_id`;
}

export function factsOf(db: Db, ids: readonly number[], withText: boolean): StoredFacts[] {
  const out: StoredFacts[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const rows = stmt(db, `${select(withText)} WHERE a.id IN (${placeholders(chunk.length)})`).all(...chunk);
    for (const row of rows as unknown as FactsRow[]) out.push(toStored(row));
  }
  return out;
}

/** Every stored article, newest first, one at a time (a library can hold hundreds of thousands). */
export function* everyArticleFacts(db: Db, withText: boolean): Generator<StoredFacts> {
  const rows = stmt(db, `${select(withText)} ORDER BY a.sort_time DESC, a.id DESC`).iterate();
  for (const row of rows as unknown as Iterable<FactsRow>) yield toStored(row);
}

function toStored(row: FactsRow): StoredFacts {
  return {
    id: row.id,
    title: row.title,
    feedTitle: row.feed_title,
    sortTime: row.sort_time,
    facts: {
      title: row.title,
      text: row.text,
      authors: [row.author, row.byline].filter((name): name is string => name !== null && name !== ''),
      categories: JSON.parse(row.categories) as string[],
      feedUrl: row.feed_url,
      feedTitle: row.feed_title,
      section: row.section_name ?? '',
      language: row.language ?? '',
      link: row.url ?? '',
      accountId: row.account_id,
    },
  };
}
