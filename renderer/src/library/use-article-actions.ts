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

  const setRead = (ids: readonly string[], read: boolean) => {
    // The contract takes up to LIMITS.markIds ids a call ("mark above as read" far down a long list has more).
    for (let start = 0; start < ids.length; start += LIMITS.markIds) {
      const chunk = ids.slice(start, start + LIMITS.markIds);
      update(chunk, (current) => ({ ...current, isRead: read }));
      api.call('articles.markRead', { kind: 'articles', ids: chunk }, read).catch((error: unknown) => {
        update(chunk, (current) => ({ ...current, isRead: !read }));
        report(read ? 'Marking as read' : 'Marking as unread', error);
      });
    }
  };

  /** Marks a target read in the core, and at once the rows of it a list shows (the rest are not loaded yet). */
  const markTargetRead = (target: MarkTarget, shown: readonly string[], what: string) => {
    update(shown, (current) => ({ ...current, isRead: true }));
    api.call('articles.markRead', target, true).catch((error: unknown) => report(what, error));
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
    markTargetRead(
      target,
      loaded.map((article) => article.id),
      'Marking all as read',
    );
  };

  /** Every source of a story read: the core marks them all; the list's rows of it (and the opened one) show it at once. */
  const markStoryRead = (storyId: string, shown: readonly string[], opened: string) =>
    markTargetRead({ kind: 'story', storyId }, [...new Set([...shown, opened])], 'Marking the story as read');

  return { setRead, toggleBookmark, saveBookmark, markAllRead, markTargetRead, markStoryRead };
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
