/**
 * `skip-full-text` for feeds polled here: a refresh downloads pages before it stores the entries, so the rules
 * that skip downloads are asked first, over the entries as the reading thread normalised them (the feed's own
 * text). The store step's run of the rules marks the stored articles too (`skip_full_text`, for the page pass).
 */
import { get, type Db } from '../db/sql';
import type { EntryRow } from '../library/articles/normalize-entry';
import { actionsFor } from './compile-rules';
import { enabledRules } from './enabled-rules';
import type { ArticleFacts } from './rule-facts';

/** The identities of the entries whose page no rule lets the refresh download. */
export function identitiesSkippingFullText(db: Db, feedRowId: number, rows: readonly EntryRow[]): Set<string> {
  const skipped = new Set<string>();
  const rules = enabledRules(db).filter((rule) => rule.actions.some((action) => action.type === 'skip-full-text'));
  if (rules.length === 0 || rows.length === 0) return skipped;
  const feed = get<{ url: string; title: string; account_id: string; section: string | null }>(
    db,
    `SELECT f.url, f.title, f.account_id, s.name AS section FROM feeds f LEFT JOIN sections s ON s.id = f.section_id
     WHERE f.id = ?`,
    feedRowId,
  );
  if (!feed) return skipped;
  for (const row of rows) {
    const facts: ArticleFacts = {
      title: row.title,
      text: row.text,
      authors: [row.author, row.byline].filter((name): name is string => typeof name === 'string' && name !== ''),
      categories: row.categories,
      feedUrl: feed.url,
      feedTitle: feed.title,
      section: feed.section ?? '',
      language: row.language ?? '',
      link: row.url ?? '',
      accountId: feed.account_id,
    };
    if (actionsFor(rules, facts).some((action) => action.type === 'skip-full-text')) skipped.add(row.identity);
  }
  return skipped;
}
