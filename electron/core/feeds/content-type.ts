/** The parts of an HTTP `Content-Type` header that decide how a feed is read. */
export interface ContentTypeInfo {
  /** Lower-cased media type, '' when absent. */
  mediaType: string;
  /** Lower-cased charset parameter, '' when absent. */
  charset: string;
}

export function parseContentType(header: string | undefined): ContentTypeInfo {
  if (!header) return { mediaType: '', charset: '' };
  const [type = '', ...params] = header.split(';');
  let charset = '';
  for (const param of params) {
    const eq = param.indexOf('=');
    // `charset:iso-8859-1` and other malformed parameters are ignored, as browsers do.
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = param
      .slice(eq + 1)
      .trim()
      .replace(/^["']+|["']+$/g, '')
      .trim()
      .toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

const XML_APPLICATION_TYPES = new Set([
  'application/xml',
  'application/xml-dtd',
  'application/xml-external-parsed-entity',
]);
const XML_TEXT_TYPES = new Set(['text/xml', 'text/xml-external-parsed-entity']);
const JSON_TYPES = new Set(['application/feed+json', 'application/json']);

export type MediaFamily = 'xml-application' | 'xml-text' | 'json' | 'html' | 'other-text' | 'other' | 'none';

/** Sorts a media type into the families RFC 3023 and RFC 7159 give charset defaults for. */
export function mediaFamily(mediaType: string): MediaFamily {
  if (!mediaType) return 'none';
  if (XML_APPLICATION_TYPES.has(mediaType) || (mediaType.startsWith('application/') && mediaType.endsWith('+xml'))) {
    return 'xml-application';
  }
  if (XML_TEXT_TYPES.has(mediaType) || (mediaType.startsWith('text/') && mediaType.endsWith('+xml'))) return 'xml-text';
  if (JSON_TYPES.has(mediaType) || mediaType.endsWith('+json')) return 'json';
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType.startsWith('text/')) return 'other-text';
  return 'other';
}
