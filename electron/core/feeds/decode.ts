/**
 * Bytes to text. The charset comes from the byte-order mark, the HTTP
 * Content-Type and the XML declaration, weighed as RFC 3023 says (the same
 * rules Python's feedparser follows), then tried in turn until one decodes
 * the bytes without error. Anything but a clean first choice is reported,
 * because a mislabelled feed is one the reader may see mojibake in.
 */
import { decodeLossy, decodeStrict } from './charsets';
import { mediaFamily, parseContentType } from './content-type';

export interface DecodedDocument {
  text: string;
  /** The charset the text was decoded with, lower case ('' if none worked). */
  encoding: string;
  /** The HTTP media type, lower case, '' when not given. */
  mediaType: string;
  /** The media type or the first character says JSON. */
  json: boolean;
  warnings: string[];
}

interface Sniffed {
  encoding: string;
  skip: number;
}

function sniffByteOrder(b: Uint8Array): Sniffed {
  const at = (i: number) => b[i] ?? -1;
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) return { encoding: 'utf-32le', skip: 4 };
  if (at(0) === 0xfe && at(1) === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (at(0) === 0xff && at(1) === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return { encoding: 'utf-8', skip: 3 };
  // No BOM, but `<?` written in a wide encoding gives the byte order away.
  if (at(0) === 0 && at(1) === 0x3c && at(2) === 0 && at(3) === 0x3f) return { encoding: 'utf-16be', skip: 0 };
  if (at(0) === 0x3c && at(1) === 0 && at(2) === 0x3f && at(3) === 0) return { encoding: 'utf-16le', skip: 0 };
  if (at(0) === 0 && at(1) === 0 && at(2) === 0 && at(3) === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (at(0) === 0x3c && at(1) === 0 && at(2) === 0 && at(3) === 0) return { encoding: 'utf-32le', skip: 0 };
  return { encoding: '', skip: 0 };
}

const GENERIC_WIDE = new Set([
  'u16',
  'utf-16',
  'utf16',
  'utf_16',
  'u32',
  'utf-32',
  'utf32',
  'utf_32',
  'iso-10646-ucs-2',
  'iso-10646-ucs-4',
  'csucs4',
  'csunicode',
  'ucs-2',
  'ucs-4',
]);

function declaredEncoding(bytes: Uint8Array, sniffed: Sniffed): string {
  const head = bytes.subarray(sniffed.skip, sniffed.skip + 1024);
  const text = sniffed.encoding ? (decodeStrict(cut(head, sniffed.encoding), sniffed.encoding) ?? '') : latin1(head);
  const match = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"'>]*)["']/.exec(text);
  let declared = match?.[1]?.trim().toLowerCase() ?? '';
  if (sniffed.encoding && GENERIC_WIDE.has(declared)) declared = sniffed.encoding;
  return declared;
}

// A 1 KiB window may split a wide character; keep whole code units only.
function cut(head: Uint8Array, encoding: string): Uint8Array {
  const unit = encoding.startsWith('utf-32') ? 4 : encoding.startsWith('utf-16') ? 2 : 1;
  return head.subarray(0, head.length - (head.length % unit));
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function firstNonSpace(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return -1;
}

const gbCompatible = (name: string) => (name === 'gb2312' ? 'gb18030' : name);

export function decodeDocument(bytes: Uint8Array, contentType?: string): DecodedDocument {
  const warnings: string[] = [];
  const { mediaType, charset } = parseContentType(contentType);
  const family = mediaFamily(mediaType);
  const sniffed = sniffByteOrder(bytes);
  const declared = gbCompatible(declaredEncoding(bytes, sniffed));
  const json = family === 'json' || (family === 'none' && firstNonSpace(bytes, sniffed.skip) === 0x7b);

  let preferred: string;
  if (json) preferred = charset || 'utf-8';
  else if (family === 'xml-application') preferred = charset || declared || sniffed.encoding || 'utf-8';
  else if (family === 'xml-text' || family === 'other-text' || family === 'html') preferred = charset || 'us-ascii';
  else preferred = declared || sniffed.encoding || 'utf-8';
  preferred = gbCompatible(preferred);
  if (family !== 'none' && family !== 'xml-application' && family !== 'xml-text' && !json) {
    warnings.push(`the server labelled the feed ${mediaType}, not an XML or JSON type`);
  }

  const body = bytes.subarray(sniffed.skip);
  const tried = new Set<string>();
  for (const candidate of [preferred, declared, sniffed.encoding, 'utf-8', 'windows-1252']) {
    if (!candidate || tried.has(candidate)) continue;
    tried.add(candidate);
    const text = decodeStrict(body, candidate);
    if (text === undefined) continue;
    if (candidate !== preferred) warnings.push(`the feed is not valid ${preferred}; it was read as ${candidate}`);
    return { text: stripBom(text), encoding: candidate, mediaType, json, warnings };
  }
  warnings.push('the feed is not valid in any known character encoding; undecodable bytes were replaced');
  return { text: stripBom(decodeLossy(body)), encoding: '', mediaType, json, warnings };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
