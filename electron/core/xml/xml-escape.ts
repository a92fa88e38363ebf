/**
 * Escaping for the XML and HTML Broadsheet writes (OPML, EPUB, the HTML and
 * bookmark exports, inline XHTML from feeds turned back into markup). Text
 * comes from feeds, so it may hold anything: markup characters are escaped,
 * characters XML 1.0 forbids outright are dropped (one of them in a hostile
 * title makes a whole EPUB or OPML file unreadable), and in attributes tab,
 * newline and return become character references (an XML parser would fold
 * them to spaces).
 */

// Exactly the characters XML 1.0 forbids: C0 controls other than tab, newline and return, lone surrogates,
// U+FFFE and U+FFFF.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripInvalidXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

export function escapeXmlText(text: string): string {
  return stripInvalidXml(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}
