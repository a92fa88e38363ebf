/**
 * Feedbin's paging headers (README.md, "Pagination"): `Link: <…?page=2>; rel="next", <…?page=5>; rel="last"`
 * (the README's example spells the header `Links:`; Rails' answer, and every client, use `Link` — both are read)
 * and `X-Feedbin-Record-Count`, the total the query matches. Only the page numbers are taken from the links: the
 * client builds the next request itself, so a link to another host can never receive the password.
 */
import type { HttpResponse } from '../net/http-transport';

export interface PagingHeaders {
  nextPage: number | null;
  lastPage: number | null;
  recordCount: number | null;
}

export function pagingOf(response: HttpResponse): PagingHeaders {
  const links = linkTargets(response.headers.link ?? response.headers.links ?? '');
  const count = response.headers['x-feedbin-record-count']?.trim() ?? '';
  return {
    nextPage: pageOf(links.get('next')),
    lastPage: pageOf(links.get('last')),
    recordCount: /^\d{1,15}$/.test(count) ? Number(count) : null,
  };
}

/** rel → URL, from an RFC 8288 Link header (`<url>; rel="next", <url>; rel=last`). */
export function linkTargets(header: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(match[2] ?? '')?.[1];
    if (rel === undefined || match[1] === undefined) continue;
    for (const name of rel.trim().toLowerCase().split(/\s+/)) if (!targets.has(name)) targets.set(name, match[1]);
  }
  return targets;
}

function pageOf(url: string | undefined): number | null {
  if (url === undefined) return null;
  let page: string | null;
  try {
    page = new URL(url, 'https://api.feedbin.com/v2/').searchParams.get('page');
  } catch {
    return null;
  }
  return page !== null && /^\d{1,9}$/.test(page) && Number(page) >= 1 ? Number(page) : null;
}
