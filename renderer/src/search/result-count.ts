/**
 * The line under a search's title that says how much it found ("132 results
 * for “seoul”"), and how much the filters left of it ("12 of 132 results").
 * The core stops counting at a cap and says so; the line then says "1,000+"
 * rather than a figure it does not know.
 */
import type { CappedCount, SearchResult } from '@contract/library-queries';

const figure = (n: CappedCount) => `${n.count.toLocaleString()}${n.more ? '+' : ''}`;
const noun = (n: CappedCount) => (n.count === 1 && !n.more ? 'result' : 'results');

export function resultCountText(total: SearchResult['total'], query: string): string | null {
  const { results, matches } = total;
  if (matches.count === 0) return null;
  const narrowed = results.count !== matches.count || results.more !== matches.more;
  if (!narrowed) return `${figure(results)} ${noun(results)} for “${query}”`;
  if (results.count === 0 && results.more)
    return `None of the newest ${matches.count.toLocaleString()} matches pass these filters`;
  if (results.count === 0) return `No results with these filters (${figure(matches)} without)`;
  return `${figure(results)} of ${figure(matches)} ${noun(matches)} for “${query}”`;
}
