/**
 * Imported bookmarks arrive as bare links (imports/import-bookmarks.ts marks
 * them in `pending_full_text`), and so do the new articles of an account's
 * feed set to download full articles (queue-full-text.ts). After a refresh or
 * a sync, this pass fetches their pages and keeps Readability's text, a batch
 * at a time, when it is credible against the text the article has (its feed's,
 * or the link's). A page that fails is
 * tried again later (1 h, 2 h, 4 h …) and given up after five tries: the
 * bookmark stays, as a link. A page that was there but held no credible
 * text marks the article meanwhile, so its view says so.
 */
import { all, get, run, transaction, type Db } from '../db/sql';
import { cleanByline } from '../library/articles/byline';
import { chooseTitle } from '../library/articles/chosen-title';
import { countWords } from '../library/articles/count-words';
import { markFullTextFailed, storeFetchedPage } from '../library/tables/articles-table';
import { feedTextOf, fetchFullText, type FullTextDeps, type FullTextOutcome } from './full-text';

export const PENDING_BATCH = 25;
export const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 3_600_000;

export interface PendingPassDeps extends FullTextDeps {
  db: () => Db;
}

export interface PendingPassReport {
  fetched: number;
  failed: number;
  /** The articles whose full text was stored, for the image cache. */
  articleIds: string[];
}

export async function fetchPendingFullText(deps: PendingPassDeps, batch = PENDING_BATCH): Promise<PendingPassReport> {
  const now = deps.now();
  const due = all<{
    article_id: number;
    url: string | null;
    attempts: number;
    content_html: string | null;
    summary: string | null;
  }>(
    deps.db(),
    `SELECT p.article_id, a.url, p.attempts, a.content_html, a.summary
     FROM pending_full_text p JOIN articles a ON a.id = p.article_id
     WHERE p.next_attempt_at <= ? AND a.skip_full_text = 0 ORDER BY p.next_attempt_at, p.article_id LIMIT ?`,
    now,
    batch,
  );
  const articleIds: string[] = [];
  let failed = 0;
  await Promise.all(
    due.map(async (row) => {
      const outcome = row.url
        ? await fetchFullText(row.url, deps, feedTextOf({ contentHtml: row.content_html, summary: row.summary })).catch(
            () => null,
          )
        : null;
      if (deps.signal.aborted) return;
      const db = deps.db();
      if (outcome?.ok) {
        if (store(db, row.article_id, outcome)) articleIds.push(String(row.article_id));
        return;
      }
      failed += 1;
      if (outcome?.reason === 'not-an-article') markFullTextFailed(db, row.article_id);
      const attempts = row.attempts + 1;
      if (attempts >= MAX_ATTEMPTS || !row.url)
        run(db, 'DELETE FROM pending_full_text WHERE article_id = ?', row.article_id);
      else {
        run(
          db,
          'UPDATE pending_full_text SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE article_id = ?',
          attempts,
          deps.now() + RETRY_BASE_MS * 2 ** (attempts - 1),
          outcome && !outcome.ok ? outcome.message.slice(0, 500) : 'no page',
          row.article_id,
        );
      }
    }),
  );
  return { fetched: articleIds.length, failed, articleIds };
}

/** Returns whether the article was still there to take the text. */
function store(db: Db, id: number, page: Extract<FullTextOutcome, { ok: true }>): boolean {
  return transaction(db, () => {
    // Unbookmarked and removed while the page was downloading.
    const stored = get<{ title: string }>(db, 'SELECT title FROM articles WHERE id = ?', id);
    if (!stored) return false;
    // Bounded as normalize-entry.ts bounds a feed's title.
    const pageTitle = page.title?.slice(0, 1000) ?? null;
    const fetched = {
      html: page.html,
      text: page.text,
      wordCount: countWords(page.text),
      title: chooseTitle(stored.title, pageTitle),
      pageTitle,
      byline: cleanByline(page.byline),
    };
    if (!storeFetchedPage(db, id, fetched)) return false;
    run(db, 'DELETE FROM pending_full_text WHERE article_id = ?', id);
    return true;
  });
}
