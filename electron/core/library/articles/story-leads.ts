/**
 * Lists that show a story once (issue 18): the front page, a section's list and the mixed lists (all, unread,
 * today) keep, of a story's articles that belong in the list, only the earliest (by time, then id) — the story's
 * lead there, which a section's list finds among its own sources. A feed's list, bookmarks, a category, search and
 * exports show every article. The lead's row carries `story.sources`, and `articles.story` lists them all.
 */
import type { ListScope } from '../../../api/library-queries';
import { all, type Db, type Params } from '../../db/sql';
import { toRowId } from '../row-ids';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './article-rows';
import type { ArticleSummary } from '../../../api/library-models';

const COLLAPSING: ReadonlySet<ListScope['kind']> = new Set(['all', 'unread', 'today', 'section']);

export function collapsesStories(scope: ListScope): boolean {
  return COLLAPSING.has(scope.kind);
}

/**
 * A condition over the alias `a` keeping a row unless an earlier article of its story meets the same `conditions`
 * (the list's own, written over `a` as every scope plan is; they are asked again of the earlier article `b`).
 */
export function storyLeadFilter(conditions: readonly string[], params: Params): { where: string[]; params: Params } {
  const again = conditions.map((condition) => ` AND ${condition.replace(/\ba\./g, 'b.')}`).join('');
  return {
    where: [
      `(a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles b WHERE b.story_id = a.story_id
        AND (b.sort_time, b.id) < (a.sort_time, a.id)${again}))`,
    ],
    params,
  };
}

/** Every article of a story, earliest first (the sources side by side); [] for an unknown story. */
export function storyArticles(db: Db, storyId: string): ArticleSummary[] {
  return all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE a.story_id = ? ORDER BY a.sort_time, a.id`,
    toRowId(storyId, 'article'),
  ).map(toSummary);
}
