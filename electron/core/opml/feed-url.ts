/**
 * The one rule for which feed addresses an OPML file may bring in, and the
 * key that makes two spellings of one address a duplicate. The library's own
 * policy (`checkExternalUrl`) decides what is safe, so an import can never
 * store an address that adding the feed by hand would refuse.
 */
import { checkExternalUrl } from '../../api/url-policy/external-policy';

export type FeedUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** Browsers and feed readers treat `feed:` as "http(s) feed here"; accept its common forms. */
function unwrapFeedScheme(raw: string): string {
  const match = /^feed:(\/\/)?(.*)$/i.exec(raw);
  if (!match) return raw;
  const rest = match[2] ?? '';
  if (/^https?:/i.test(rest)) return rest;
  return `http://${rest}`;
}

export function normalizeFeedUrl(raw: string): FeedUrlVerdict {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'the outline has no feed address' };
  const verdict = checkExternalUrl(unwrapFeedScheme(trimmed));
  if (!verdict.allowed) return { ok: false, reason: `the address cannot be used: ${verdict.reason}` };
  const url = new URL(verdict.url);
  // The fragment never reaches the server, so it cannot make a different feed.
  url.hash = '';
  return { ok: true, url: url.href };
}

/** A site link is optional: an unusable one is dropped, not a reason to refuse the feed. */
export function optionalSiteUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  const verdict = checkExternalUrl(raw.trim());
  return verdict.allowed ? verdict.url : null;
}
