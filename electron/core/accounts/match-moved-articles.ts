/**
 * Which article of a feed polled here is which article of the same feed in a sync service's account, so moving the
 * feed can carry the reader's state across. By the link first (normalised: scheme and host case, `www.`, a trailing
 * slash, the fragment and tracking parameters do not count), then by title and publication time. Not by guid: an
 * account's article keeps the server's item id in that column, never the feed's guid. Each article matches once.
 */
import { all, type Db } from '../db/sql';

export interface MovedArticle {
  id: number;
  url: string | null;
  title: string;
  publishedAt: number | null;
  read: boolean;
  /** The bookmark's date, or null when not bookmarked. */
  bookmarkedAt: number | null;
  note: string;
}

export interface ArticlePair {
  from: MovedArticle;
  to: MovedArticle;
}

export function feedArticles(db: Db, feedId: number): MovedArticle[] {
  return all<{
    id: number;
    url: string | null;
    title: string;
    published_at: number | null;
    is_read: number;
    created_at: number | null;
    note: string | null;
  }>(
    db,
    `SELECT a.id, a.url, a.title, a.published_at, a.is_read, b.created_at, b.note
     FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id WHERE a.feed_id = ? ORDER BY a.id`,
    feedId,
  ).map((row) => ({
    id: row.id,
    url: row.url,
    title: row.title,
    publishedAt: row.published_at,
    read: row.is_read === 1,
    bookmarkedAt: row.created_at,
    note: row.note ?? '',
  }));
}

/** Pairs each old article with its copy among the new ones; `unmatched` are the old ones without a copy. */
export function matchArticles(
  from: readonly MovedArticle[],
  to: readonly MovedArticle[],
): { pairs: ArticlePair[]; unmatched: MovedArticle[] } {
  const byLink = firstBy(to, (article) => linkKey(article.url));
  const byTitle = firstBy(to, titleKey);
  const taken = new Set<number>();
  const pairs: ArticlePair[] = [];
  const unmatched: MovedArticle[] = [];
  const free = (article: MovedArticle | undefined) => (article && !taken.has(article.id) ? article : undefined);
  for (const article of from) {
    const link = linkKey(article.url);
    const title = titleKey(article);
    const match =
      (link === null ? undefined : free(byLink.get(link))) ?? (title === null ? undefined : free(byTitle.get(title)));
    if (match) {
      taken.add(match.id);
      pairs.push({ from: article, to: match });
    } else unmatched.push(article);
  }
  return { pairs, unmatched };
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/** The link as two readers would agree it is the same page; null when there is none worth comparing. */
export function linkKey(raw: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params).toString();
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/** Title and publication minute: the fallback for entries whose link differs (a feed that rewrote its links). */
function titleKey(article: MovedArticle): string | null {
  const title = article.title.trim().toLowerCase().replace(/\s+/g, ' ');
  if (title === '' || article.publishedAt === null) return null;
  return `${title}\n${Math.floor(article.publishedAt / 60_000)}`;
}

function firstBy(list: readonly MovedArticle[], key: (article: MovedArticle) => string | null) {
  const map = new Map<string, MovedArticle>();
  for (const article of list) {
    const value = key(article);
    if (value !== null && !map.has(value)) map.set(value, article);
  }
  return map;
}
