/**
 * Escaping for OPML we write. Titles come from feeds, so they may hold
 * anything: markup characters are escaped, newlines in attributes become
 * character references (a parser would fold them to spaces), and characters
 * XML 1.0 forbids outright are dropped, or the file would not be well-formed.
 */
// These are exactly the characters XML 1.0 forbids.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}
