/**
 * HTML bytes to text: the charset from a byte-order mark, the HTTP header, or
 * a `<meta charset>` / `http-equiv` declaration in the first 1 KiB (where the
 * HTML standard's prescan looks), falling back to UTF-8 and then
 * windows-1252, which every byte sequence decodes as.
 */
import { decodeLossy, decodeStrict, isKnownCharset } from '../feeds/charsets';
import { parseContentType } from '../feeds/content-type';

const PRESCAN_BYTES = 1024;

function bomCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return '';
}

function metaCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? '';
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const declared = [
    bomCharset(bytes),
    parseContentType(contentType ?? undefined).charset,
    metaCharset(bytes),
    'utf-8',
    'windows-1252',
  ];
  for (const charset of declared) {
    if (!charset || !isKnownCharset(charset)) continue;
    const text = decodeStrict(bytes, charset);
    if (text !== undefined) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  return decodeLossy(bytes);
}
