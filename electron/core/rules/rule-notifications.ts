/**
 * The articles `notify` rules asked to announce, taken from their queue when the sync that stored them says it
 * finished (its event carries them to the host, which shows them even if their sections' notifications are off).
 */
import { MAX_RULE_NOTIFIED, type RuleNotified } from '../../api/methods/sync';
import { all, placeholders, transaction, type Db } from '../db/sql';
import { toIdString } from '../library/row-ids';
import { takeRuleNotifications } from '../library/tables/rules-table';

/** Undefined when none wait. A hidden article is announced too: the reader asked for both. */
export function takeRuleNotified(db: Db): RuleNotified | undefined {
  const ids = transaction(db, () => takeRuleNotifications(db));
  if (ids.length === 0) return undefined;
  const named = ids.slice(-MAX_RULE_NOTIFIED);
  const articles = all<{ id: number; title: string; feed_title: string }>(
    db,
    `SELECT a.id, a.title, f.title AS feed_title FROM articles a JOIN feeds f ON f.id = a.feed_id
     WHERE a.id IN (${placeholders(named.length)}) ORDER BY a.sort_time DESC, a.id DESC`,
    ...named,
  );
  return {
    count: ids.length,
    articles: articles.map((row) => ({ articleId: toIdString(row.id), title: row.title, feedTitle: row.feed_title })),
  };
}
