/** The context menu of an article's row in a list: read, bookmark, and mark everything above or below it read. */
import type { ArticleSummary } from '@contract/library-models';
import type { ListScope } from '@contract/library-queries';
import { unavailable, type MenuItem } from '../ui/context-menu/ContextMenu';
import type { useArticleActions } from '../library/use-article-actions';

export interface RowMenuList {
  /** The rows the list has loaded, in the order it shows them. */
  items: readonly ArticleSummary[];
  scope: ListScope;
  order: 'newest' | 'oldest';
  /** Grouped by section, the list's order is not the time order the core can mark by: only loaded rows count. */
  bySection: boolean;
  /** More rows below are not loaded yet. */
  hasMore: boolean;
}

type Actions = Pick<ReturnType<typeof useArticleActions>, 'setRead' | 'toggleBookmark' | 'markTargetRead'>;

const unreadIds = (articles: readonly ArticleSummary[]) =>
  articles.filter((article) => !article.isRead).map((article) => article.id);

export function articleRowMenu(article: ArticleSummary, list: RowMenuList, actions: Actions): MenuItem[] {
  const index = list.items.findIndex((item) => item.id === article.id);
  const above = unreadIds(list.items.slice(0, Math.max(index, 0)));
  const below = index < 0 ? [] : unreadIds(list.items.slice(index + 1));
  // Rows not loaded yet may be unread: the core marks them by the list's order from this row on.
  const markBelowInCore = list.hasMore && !list.bySection;
  return [
    {
      label: article.isRead ? 'Mark as unread' : 'Mark as read',
      onSelect: () => actions.setRead([article.id], !article.isRead),
    },
    {
      label: article.isBookmarked ? 'Remove bookmark' : 'Bookmark',
      onSelect: () => actions.toggleBookmark(article),
    },
    {
      label: 'Mark above as read',
      separated: true,
      ...unavailable(above.length > 0 ? null : 'Nothing above is unread.'),
      onSelect: () => actions.setRead(above, true),
    },
    {
      label: 'Mark below as read',
      ...unavailable(below.length > 0 || markBelowInCore ? null : 'Nothing below is unread.'),
      onSelect: () =>
        markBelowInCore
          ? actions.markTargetRead(
              { kind: 'below', articleId: article.id, scope: list.scope, order: list.order },
              below,
              'Marking below as read',
            )
          : actions.setRead(below, true),
    },
  ];
}
