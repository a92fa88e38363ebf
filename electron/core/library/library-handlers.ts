/**
 * The library's contract methods. Anything that changes what the sidebar
 * counts or shows (names, order, a feed's options) emits
 * `library.countsChanged` so every open view updates at once.
 */
import type { EventEmitter, Handlers } from '../../api/contract';
import type { articlesMethods } from '../../api/methods/articles';
import type { bookmarksMethods } from '../../api/methods/bookmarks';
import type { feedsMethods } from '../../api/methods/feeds';
import type { searchMethods } from '../../api/methods/search';
import type { sectionsMethods } from '../../api/methods/sections';
import { countUnread } from './articles/counts';
import { frontPage } from './articles/front-page';
import { getArticle } from './articles/get-article';
import { listArticles } from './articles/list-articles';
import { storyArticles } from './articles/story-leads';
import { markRead } from './articles/read-state';
import { listBookmarkTags, removeBookmark, setBookmark } from './bookmarks';
import { addFeed, getFeed, listFeeds, moveFeed, removeFeed, updateFeed } from './feeds';
import type { Library } from './open-library';
import { runRetention } from './retention/run-retention';
import { searchArticles } from './search/search-articles';
import { createSection, deleteSection, listSections, renameSection, reorderSections } from './sections';

export type LibraryMethodName =
  | 'library.status'
  | 'library.runRetention'
  | keyof typeof sectionsMethods
  | Exclude<keyof typeof feedsMethods, SyncOwnedFeedMethod | AccountOwnedFeedMethod>
  | Exclude<keyof typeof articlesMethods, 'articles.fetchFullText'>
  | keyof typeof searchMethods
  | keyof typeof bookmarksMethods;

/** Feed methods that reach the network: the sync group answers them. */
type SyncOwnedFeedMethod = 'feeds.discover' | 'feeds.subscribe';
/** Feed methods that need a sync service's server: the core service answers them with its accounts. */
type AccountOwnedFeedMethod = 'feeds.moveToAccount';

export interface LibraryHandlerOptions {
  emit: EventEmitter;
  now?: () => number;
}

export function createLibraryHandlers(library: Library, options: LibraryHandlerOptions): Handlers<LibraryMethodName> {
  const now = options.now ?? Date.now;
  const db = () => library.db();
  const changed = <T>(value: T): T => {
    options.emit('library.countsChanged', countUnread(db(), now()));
    return value;
  };

  return {
    'library.status': () => library.status(),
    'library.runRetention': async (policy) => changed({ removed: await runRetention(db(), policy, now()) }),

    'sections.list': () => listSections(db()),
    'sections.create': (name, accountId) => changed(createSection(db(), name, now(), accountId)),
    // Names and order do not change counts, but the event is what live views (front page, sidebar) reload on.
    'sections.rename': (id, name) => changed(renameSection(db(), id, name)),
    'sections.delete': (id) => changed((deleteSection(db(), id), null)),
    'sections.reorder': (ids) => changed(reorderSections(db(), ids)),

    'feeds.list': () => listFeeds(db()),
    'feeds.get': (id) => getFeed(db(), id),
    'feeds.add': (input) => changed(addFeed(db(), input, now())),
    'feeds.update': (id, patch) => changed(updateFeed(db(), id, patch)),
    'feeds.move': (id, sectionId) => changed(moveFeed(db(), id, sectionId)),
    'feeds.remove': (id) => changed((removeFeed(db(), id), null)),

    'articles.list': (query) => listArticles(db(), query, now()),
    'articles.frontPage': (perSection) => frontPage(db(), perSection),
    'articles.get': (id) => getArticle(db(), id),
    'articles.story': (storyId) => storyArticles(db(), storyId),
    'articles.counts': () => countUnread(db(), now()),
    'articles.markRead': (target, read) => {
      const count = markRead(db(), target, read, now());
      return count > 0 ? changed({ changed: count }) : { changed: 0 };
    },

    'search.articles': (query) => searchArticles(db(), query),

    'bookmarks.set': (articleId, input) => changed(setBookmark(db(), articleId, input, now())),
    'bookmarks.remove': (articleId) => changed((removeBookmark(db(), articleId, now()), null)),
    'bookmarks.tags': () => listBookmarkTags(db()),
  };
}
