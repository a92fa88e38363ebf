/**
 * What the reader can do to articles, from a click or a key. Each change
 * shows at once (in the shared article state) and is undone, with a
 * message, if the core refuses it.
 */
import { LIMITS, type ArticleSummary, type Bookmark, type BookmarkInput } from '@contract/library-models';
import type { MarkTarget } from '@contract/library-queries';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useArticleState } from './article-state';
import type { Selection } from './views';
import { scopeOf } from './views';

export function useArticleActions() {
  const api = useApi();
  const report = useReportError();
  const { changes, update } = useArticleState();

  const setRead = (ids: string[], read: boolean) => {
    if (ids.length === 0) return;
    update(ids, (current) => ({ ...current, isRead: read }));
    api.call('articles.markRead', { kind: 'articles', ids }, read).catch((error: unknown) => {
      update(ids, (current) => ({ ...current, isRead: !read }));
      report(read ? 'Marking as read' : 'Marking as unread', error);
    });
  };

  /** Sets the article's bookmark to `next` while `expected` still stands (a later click wins). */
  const setBookmarkIf = (id: string, expected: Bookmark | null | undefined, next: Bookmark | null | undefined) =>
    update([id], (current) => (current.bookmark === expected ? { ...current, bookmark: next } : current));

  const toggleBookmark = (article: Pick<ArticleSummary, 'id' | 'isBookmarked'>) => {
    const { id } = article;
    const before = changes.get(id)?.bookmark;
    if (article.isBookmarked) {
      update([id], (current) => ({ ...current, bookmark: null }));
      api.call('bookmarks.remove', id).catch((error: unknown) => {
        setBookmarkIf(id, null, before);
        report('Removing the bookmark', error);
      });
      return;
    }
    // A new bookmark has no tags or note until the reader adds them.
    const added: Bookmark = { articleId: id, createdAt: new Date().toISOString(), tags: [], note: '' };
    update([id], (current) => ({ ...current, bookmark: added }));
    api.call('bookmarks.set', id, {}).then(
      (saved) => setBookmarkIf(id, added, saved),
      (error: unknown) => {
        setBookmarkIf(id, added, before);
        report('Bookmarking', error);
      },
    );
  };

  /** Saves tags and a note; true once the core has them. */
  const saveBookmark = (id: string, input: BookmarkInput): Promise<boolean> =>
    api.call('bookmarks.set', id, input).then(
      (saved) => {
        update([id], (current) => ({ ...current, bookmark: saved }));
        return true;
      },
      (error: unknown) => {
        report('Saving the bookmark', error);
        return false;
      },
    );

  const markAllRead = (selection: Selection, loaded: readonly ArticleSummary[]) => {
    const target = markAllTarget(selection, loaded);
    if (!target) return;
    update(
      loaded.map((article) => article.id),
      (current) => ({ ...current, isRead: true }),
    );
    api.call('articles.markRead', target, true).catch((error: unknown) => report('Marking all as read', error));
  };

  return { setRead, toggleBookmark, saveBookmark, markAllRead };
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
