/**
 * Byte-to-text decoding for one named charset. Node's `TextDecoder` (full ICU)
 * covers the WHATWG encodings; UTF-32 and strict US-ASCII are done here because
 * WHATWG has no UTF-32 and maps "us-ascii" to windows-1252.
 */

/** Returns the text, or undefined when the bytes are not valid in that charset or the charset is unknown. */
export function decodeStrict(bytes: Uint8Array, charset: string): string | undefined {
  const name = charset.toLowerCase();
  if (name === 'us-ascii' || name === 'ascii') return decodeAscii(bytes);
  if (name === 'utf-32le' || name === 'utf-32be' || name === 'utf-32') return decodeUtf32(bytes, name !== 'utf-32le');
  try {
    return new TextDecoder(aliasFor(name), { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes whatever it can, replacing bad sequences: the last resort. */
export function decodeLossy(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** True when `TextDecoder` or this module can decode that label at all. */
export function isKnownCharset(charset: string): boolean {
  const name = charset.toLowerCase();
  if (['us-ascii', 'ascii', 'utf-32le', 'utf-32be', 'utf-32'].includes(name)) return true;
  try {
    new TextDecoder(aliasFor(name));
    return true;
  } catch {
    return false;
  }
}

// Python/IANA spellings seen in feeds that WHATWG labels do not include.
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  utf_16: 'utf-16le',
  u16: 'utf-16le',
  utf_8: 'utf-8',
  'iso8859-1': 'iso-8859-1',
  iso_8859_1: 'iso-8859-1',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  cp1252: 'windows-1252',
  cp1251: 'windows-1251',
  cp1250: 'windows-1250',
  cp1255: 'windows-1255',
  cp1256: 'windows-1256',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp936: 'gbk',
  euc_kr: 'euc-kr',
  euc_jp: 'euc-jp',
  'tis-620': 'windows-874',
};

function aliasFor(name: string): string {
  return ALIASES[name] ?? name;
}

function decodeAscii(bytes: Uint8Array): string | undefined {
  for (const byte of bytes) if (byte > 0x7f) return undefined;
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeUtf32(bytes: Uint8Array, bigEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const code = view.getUint32(offset, !bigEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    chunk.push(code);
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
