/**
 * `articles` lists a library folder's articles as JSON for scripts;
 * `mark` changes one article's read or bookmark state through the same
 * core methods a click in the app calls, so a change to an account's
 * article is queued for its server exactly as the click's would be.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listArticleRows } from '../library/articles/script-rows';
import { markRead } from '../library/articles/read-state';
import { getArticle } from '../library/articles/get-article';
import { removeBookmark, setBookmark } from '../library/bookmarks';
import { openLibrary } from '../library/open-library';
import { LIBRARY_FILE } from '../service';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const ARTICLES_USAGE =
  'articles --data-dir <dir> [--account <id>] [--section <name>] [--feed <url>] [--unread] [--bookmarked] [--limit <n>]';
export const MARK_USAGE = 'mark --data-dir <dir> --article <id> (--read | --unread | --bookmark | --unbookmark)';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100_000;

type MarkAction = 'read' | 'unread' | 'bookmark' | 'unbookmark';
const MARK_ACTIONS: readonly MarkAction[] = ['read', 'unread', 'bookmark', 'unbookmark'];

function openExisting(dataDir: string) {
  // A mistyped folder must not get an empty library created in it.
  if (!existsSync(join(dataDir, LIBRARY_FILE))) return null;
  return openLibrary(join(dataDir, LIBRARY_FILE), { skipIntegrityCheck: true });
}

export function articlesFromArgv(argv: readonly string[]): CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'account', 'section', 'feed', 'limit'], ['unread', 'bookmarked']);
  if (!parsed.ok) return usageError(parsed.error, ARTICLES_USAGE);
  const { flags, positionals } = parsed.args;
  if (positionals.length > 0 || !flags['data-dir']) return usageError('articles needs --data-dir', ARTICLES_USAGE);
  const limit = flags.limit === undefined ? DEFAULT_LIMIT : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return usageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`, ARTICLES_USAGE);
  const library = openExisting(flags['data-dir']);
  if (!library) return jsonResult(2, { ok: false, error: `no library in ${flags['data-dir']}` });
  try {
    const articles = listArticleRows(library.db(), {
      ...(flags.account === undefined ? {} : { account: flags.account }),
      ...(flags.section === undefined ? {} : { section: flags.section }),
      ...(flags.feed === undefined ? {} : { feed: flags.feed }),
      unread: flags.unread === 'true',
      bookmarked: flags.bookmarked === 'true',
      limit,
    });
    return jsonResult(0, { articles });
  } catch (error) {
    return jsonResult(2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
  }
}

export function markFromArgv(argv: readonly string[], now: () => number = Date.now): CommandResult {
  const parsed = parseArgs(argv, ['data-dir', 'article'], MARK_ACTIONS);
  if (!parsed.ok) return usageError(parsed.error, MARK_USAGE);
  const { flags, positionals } = parsed.args;
  const actions = MARK_ACTIONS.filter((action) => flags[action] === 'true');
  if (positionals.length > 0 || !flags['data-dir'] || !flags.article)
    return usageError('mark needs --data-dir and --article', MARK_USAGE);
  if (actions.length !== 1)
    return usageError('mark needs exactly one of --read, --unread, --bookmark, --unbookmark', MARK_USAGE);
  const library = openExisting(flags['data-dir']);
  if (!library) return jsonResult(2, { ok: false, error: `no library in ${flags['data-dir']}` });
  const db = library.db();
  const id = flags.article;
  try {
    // The functions behind the app's articles.markRead, bookmarks.set and bookmarks.remove.
    switch (actions[0]!) {
      case 'read':
      case 'unread':
        markRead(db, { kind: 'articles', ids: [id] }, actions[0] === 'read', now());
        break;
      case 'bookmark':
        // Bookmarking an article already bookmarked keeps its tags and note.
        if (!getArticle(db, id).isBookmarked) setBookmark(db, id, {}, now());
        break;
      case 'unbookmark':
        removeBookmark(db, id, now());
        break;
    }
    const article = getArticle(db, id);
    return jsonResult(0, { article: { id: article.id, read: article.isRead, bookmarked: article.isBookmarked } });
  } catch (error) {
    const refused = error instanceof Error && error.name === 'ApiError';
    return jsonResult(refused ? 1 : 2, { ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    library.close();
  }
}
