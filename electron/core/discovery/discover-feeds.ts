/**
 * From whatever a reader typed to the feeds they can subscribe to. A feed
 * address is its own single candidate; a web page offers the feeds it links
 * to, or failing those, the ones at common paths. Every candidate is fetched
 * and parsed before it is offered, within a fixed request budget, and nothing
 * found on a candidate is followed further, so no page can lead discovery
 * round in circles. Never throws.
 */
import { commonFeedUrls } from './common-paths';
import { findFeedLinks } from './find-feed-links';
import { decodeHtml } from '../html/decode-html';
import { feedAddress } from '../../api/url-policy/feed-address-policy';
import { hasTypedScheme, hostOf, readTypedAddress } from './typed-address';
import { candidateFrom, parseFetched } from './validate-candidate';
import type { DiscoverOptions, DiscoveryResult, FeedCandidate, FetchedText, FetchText } from './types';

export const DEFAULT_MAX_REQUESTS = 10;

export async function discoverFeeds(
  typed: string,
  fetchText: FetchText,
  options: DiscoverOptions = {},
): Promise<DiscoveryResult> {
  const address = readTypedAddress(typed);
  if (!address)
    return { ok: false, message: 'That is not a web address Broadsheet can open (only http and https are).' };
  let budget = Math.max(1, options.maxRequests ?? DEFAULT_MAX_REQUESTS);
  const fetchCounted = async (url: string): Promise<FetchedText | Error> => {
    budget--;
    try {
      return await fetchText(url);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };

  let page = await fetchCounted(address);
  // A bare host or path was read as https; plenty of small and local sites only speak http, so try that too.
  if (page instanceof Error && !hasTypedScheme(typed) && address.startsWith('https:')) {
    const plain = await fetchCounted(`http:${address.slice('https:'.length)}`);
    if (!(plain instanceof Error)) page = plain;
  }
  if (page instanceof Error) return { ok: false, message: `Could not open ${hostOf(address)}: ${page.message}` };
  const pageUrl = feedAddress(page.finalUrl);
  if (!pageUrl) return { ok: false, message: `${hostOf(address)} sent Broadsheet to an address it will not open.` };

  const direct = parseFetched(page, pageUrl);
  if (direct.ok) {
    const candidate = candidateFrom(page, 'direct', '');
    if (candidate) return { ok: true, candidates: [candidate] };
  }

  const found: FeedCandidate[] = [];
  const seen = new Set<string>([pageUrl]);
  const tryCandidate = async (url: string, source: FeedCandidate['source'], title: string): Promise<boolean> => {
    if (budget <= 0 || seen.has(url)) return false;
    seen.add(url);
    const fetched = await fetchCounted(url);
    if (fetched instanceof Error) return false;
    const candidate = candidateFrom(fetched, source, title);
    if (!candidate || found.some((known) => known.url === candidate.url)) return false;
    found.push(candidate);
    return true;
  };

  const html = typeof page.body === 'string' ? page.body : decodeHtml(page.body, page.contentType);
  for (const link of findFeedLinks(html, pageUrl)) await tryCandidate(link.url, 'link', link.title);
  if (found.length === 0) {
    // One answer is enough: sites serve the same feed at several of these paths.
    for (const url of commonFeedUrls(pageUrl)) if (await tryCandidate(url, 'common-path', '')) break;
  }
  if (found.length === 0) return { ok: false, message: `No feeds found at ${hostOf(pageUrl)}.` };
  return { ok: true, candidates: found };
}
