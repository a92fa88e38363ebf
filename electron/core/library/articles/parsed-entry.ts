/**
 * One entry as the sync engine hands it over after parsing a feed document.
 * Everything is optional because feeds are. Times are milliseconds since the
 * epoch. `text` is the plain text when the parser or extractor has it; it is
 * derived from the HTML otherwise.
 */
import type { LanguageSource } from '../../language/choose-language';

export interface ParsedEntry {
  guid?: string | null;
  url?: string | null;
  title?: string | null;
  author?: string | null;
  /**
   * The time the document itself gives the entry, for its identity when it has neither guid nor link; null: the
   * document gives none (its `publishedAt` is then the fetch time, which must not make it a new article on the next
   * refresh). Absent: `publishedAt` serves (entries that come from elsewhere than a feed document).
   */
  identityTime?: number | null;
  publishedAt?: number | null;
  updatedAt?: number | null;
  /** Plain text, as the feed parser produces it; never read as HTML. */
  summary?: string | null;
  contentHtml?: string | null;
  fullTextHtml?: string | null;
  text?: string | null;
  /** The title the article's page gave with its full text; used where the feed's is empty or cut (chosen-title.ts). */
  pageTitle?: string | null;
  /** The page's byline, with its full text: a name (byline.ts drops URLs). */
  byline?: string | null;
  /** The page was fetched but held no credible article text: the feed's text stays, and the view says so. */
  fullTextFailed?: boolean;
  /** The feed's declared language, or (with `languageSource`) the language already chosen for this article. */
  language?: string | null;
  /** Set when `language` was already chosen (a stored article, or the reading thread's row): it is kept as is. */
  languageSource?: LanguageSource | null;
  leadImageUrl?: string | null;
  categories?: readonly string[] | null;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
  /** Entries already stored as they are, including those a refresh knew unchanged without normalising them. */
  unchanged: number;
  /**
   * The stored article ids, one per distinct entry given as a row, in document order. Entries a refresh passed over
   * as known (`upsertRows`' `known`) have none here: only their count, in `unchanged`.
   */
  ids: string[];
  /** Row ids of the articles stored new (rules run on these: `core/rules/run-on-arrival.ts`). */
  insertedIds: number[];
}
