/**
 * Which corpus checks do not apply to a news reader, and why. Every file is
 * still parsed and must not crash or hang; only these comparisons are skipped.
 */
import type { Check, Expectation } from './expectations';

const isBozo = (check: Check) => check.path?.length === 1 && check.path[0] === 'bozo';

const OUT_OF_MODEL_GROUPS: Record<string, string> = {
  'wellformed/cdf': 'Microsoft CDF channels are not a feed format the reader supports',
  'wellformed/geo': 'GeoRSS/GML locations are outside the article model',
  'illformed/geo': 'GeoRSS/GML locations are outside the article model',
  'wellformed/psc': 'Podlove Simple Chapters are outside the article model',
};

const HTTP_METADATA = new Set(['etag', 'modified', 'modified_parsed', 'headers', 'status', 'href']);

/** The reason a check is not applicable, or undefined when it counts. */
export function exclusionReason(expectation: Expectation, check: Check): string | undefined {
  if (check.op === 'noerror') return undefined;
  const group = OUT_OF_MODEL_GROUPS[expectation.group];
  if (group && !isBozo(check)) return group;
  if (expectation.group === 'wellformed/sanitize' && !isBozo(check)) {
    return "expects feedparser's own sanitizer output; Broadsheet keeps raw HTML and sanitizes with DOMPurify at display";
  }
  if (expectation.skipUnless?.includes('chardet') && !isBozo(check)) {
    return 'needs statistical charset guessing (chardet); the reader trusts BOM, HTTP and XML declarations';
  }
  const first = check.path?.[0];
  if (typeof first === 'string' && HTTP_METADATA.has(first))
    return 'HTTP response metadata belongs to the fetcher, not the parser';
  return undefined;
}
