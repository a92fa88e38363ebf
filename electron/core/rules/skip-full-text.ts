/**
 * `skip-full-text` for feeds polled here: a refresh downloads pages before it stores the entries, so the rules
 * that skip downloads are asked first, over the entries as the reading thread normalised them (the feed's own
 * text). The store step's run of the rules marks the stored articles too (`skip_full_text`, for the page pass).
 */
import type { Db } from '../db/sql';
import type { EntryRow } from '../library/articles/normalize-entry';
import { actionsFor } from './compile-rules';
import { enabledRules } from './enabled-rules';
import { entryFacts, feedContext } from './entry-facts';

/** The identities of the entries whose page no rule lets the refresh download. */
export function identitiesSkippingFullText(db: Db, feedRowId: number, rows: readonly EntryRow[]): Set<string> {
  const skipped = new Set<string>();
  const rules = enabledRules(db).filter((rule) => rule.actions.some((action) => action.type === 'skip-full-text'));
  if (rules.length === 0 || rows.length === 0) return skipped;
  const feed = feedContext(db, feedRowId);
  if (!feed) return skipped;
  for (const row of rows)
    if (actionsFor(rules, entryFacts(row, feed)).some((action) => action.type === 'skip-full-text'))
      skipped.add(row.identity);
  return skipped;
}
