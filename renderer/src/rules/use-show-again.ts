/**
 * "Show again": articles a rule hid go back to their lists and counts. The change shows at once in this window
 * (the article state), and the lists load again (the hidden view loses the rows).
 */
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useArticleState } from '../library/article-state';
import { useRuleEditing } from './rule-editing';

/** The most ids one `rules.unhide` takes. */
const BATCH = 1_000;

export function useShowAgain(): (ids: readonly string[]) => Promise<number> {
  const api = useApi();
  const report = useReportError();
  const { update } = useArticleState();
  const { articlesChanged } = useRuleEditing();
  return async (ids) => {
    let changed = 0;
    try {
      for (let start = 0; start < ids.length; start += BATCH) {
        const batch = ids.slice(start, start + BATCH);
        changed += (await api.call('rules.unhide', batch)).changed;
        update(batch, (current) => ({ ...current, hiddenByRule: false }));
      }
    } catch (error) {
      report('Showing the articles again', error);
    } finally {
      if (ids.length > 0) articlesChanged();
    }
    return changed;
  };
}
