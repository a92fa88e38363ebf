/** Headers every Broadsheet request carries. */

/** Feed formats first, then anything XML, then anything at all (many feeds are served as text/html). */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json;q=0.95, application/json;q=0.9, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** Only what `decodeBody` can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export function userAgent(appVersion: string): string {
  return `Broadsheet/${appVersion} (+https://broadsheet.invalid; feed reader)`;
}

export interface HeaderInputs {
  appVersion: string;
  accept?: string;
  etag?: string;
  lastModified?: string;
}

export function requestHeaders(inputs: HeaderInputs): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent(inputs.appVersion),
    accept: inputs.accept ?? FEED_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  // Validators are echoed verbatim: servers compare them as opaque strings.
  if (inputs.etag && isHeaderSafe(inputs.etag)) headers['if-none-match'] = inputs.etag;
  if (inputs.lastModified && isHeaderSafe(inputs.lastModified)) headers['if-modified-since'] = inputs.lastModified;
  return headers;
}

/** A stored validator came from a hostile server; one with CR/LF, controls or non-Latin-1 text would break the request. */
function isHeaderSafe(value: string): boolean {
  return value.length <= 1024 && /^[\x20-\x7e\x80-\xff]*$/.test(value);
}
