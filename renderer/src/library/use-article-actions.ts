import { LIMITS, type ArticleSummary } from '@contract/library-models';
import type { MarkTarget } from '@contract/library-queries';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useArticleState } from './article-state';
import type { Selection } from './views';
import { scopeOf } from './views';

/**
 * What the reader can do to articles, from a click or a key. Each change
 * shows at once and is undone, with a message, if the core refuses it.
 */
export function useArticleActions() {
  const api = useApi();
  const report = useReportError();
  const { patch } = useArticleState();

  const setRead = (ids: string[], read: boolean) => {
    if (ids.length === 0) return;
    patch(ids, { isRead: read });
    api.call('articles.markRead', { kind: 'articles', ids }, read).catch((error: unknown) => {
      patch(ids, { isRead: !read });
      report(read ? 'Marking as read' : 'Marking as unread', error);
    });
  };

  const toggleBookmark = (article: Pick<ArticleSummary, 'id' | 'isBookmarked'>) => {
    const next = !article.isBookmarked;
    patch([article.id], { isBookmarked: next });
    const done = next ? api.call('bookmarks.set', article.id, {}) : api.call('bookmarks.remove', article.id);
    done.catch((error: unknown) => {
      patch([article.id], { isBookmarked: !next });
      report(next ? 'Bookmarking' : 'Removing the bookmark', error);
    });
  };

  const markAllRead = (selection: Selection, loaded: readonly ArticleSummary[]) => {
    const target = markAllTarget(selection, loaded);
    if (!target) return;
    patch(
      loaded.map((article) => article.id),
      { isRead: true },
    );
    api.call('articles.markRead', target, true).catch((error: unknown) => report('Marking all as read', error));
  };

  return { setRead, toggleBookmark, markAllRead };
}

/**
 * The widest mark the contract offers for a view. Views without their own
 * target (Today, Bookmarks, a category) use "this and everything older in the
 * scope" from their newest loaded article.
 */
export function markAllTarget(selection: Selection, loaded: readonly ArticleSummary[]): MarkTarget | null {
  if (selection.kind === 'section') return { kind: 'section', sectionId: selection.id };
  if (selection.kind === 'feed') return { kind: 'feed', feedId: selection.id };
  if (selection.kind === 'smart' && selection.id === 'unread') return { kind: 'all' };
  // The front page and search results are samples: only what they show is marked.
  if ((selection.kind === 'smart' && selection.id === 'front-page') || selection.kind === 'search') {
    return loaded.length > 0
      ? { kind: 'articles', ids: loaded.slice(0, LIMITS.markIds).map((article) => article.id) }
      : null;
  }
  const scope = scopeOf(selection);
  const newest = [...loaded].sort((a, b) => b.sortTime.localeCompare(a.sortTime))[0];
  return scope && newest ? { kind: 'olderThan', articleId: newest.id, scope } : null;
}
