/**
 * Deterministic document mutations for parser fuzzing. A document is fully
 * described by (seed document, mutation seed), so any failure can be
 * reproduced with `mutate(corpus[doc], seed)` alone.
 */

export interface Mutated {
  bytes: Uint8Array;
  contentType: string | undefined;
  /** e.g. "truncate+huge-attribute": what was done, for failure reports. */
  label: string;
}

type Random = () => number;

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)]!;
/** Mostly `usual`, one time in `oneIn` `extreme`: keeps 10,000+ documents fast while still trying the extremes. */
const size = (random: Random, usual: readonly number[], extreme: number, oneIn = 25) =>
  int(random, oneIn) === 0 ? extreme : pick(random, usual);
const enc = (text: string) => Buffer.from(text, 'utf8');
const insertAt = (doc: Buffer, at: number, piece: Buffer) =>
  Buffer.concat([doc.subarray(0, at), piece, doc.subarray(at)]);

/** A position just after a '<' tag name, or anywhere if the document has no tags. */
function tagPosition(random: Random, doc: Buffer): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = doc.indexOf(0x3c, int(random, doc.length));
    if (at >= 0 && at + 1 < doc.length && /[A-Za-z]/.test(String.fromCharCode(doc[at + 1]!))) {
      let end = at + 1;
      while (end < doc.length && /[\w:.-]/.test(String.fromCharCode(doc[end]!))) end++;
      return end;
    }
  }
  return int(random, doc.length + 1);
}

const ENTITIES = [
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x0;',
  '&#xD800;',
  '&#99999999999;',
  '&#x110000;',
  '&nbsp;',
  '&eacute;',
  '&lol;',
  '&',
  '&;',
  '&#;',
  '&#x;',
  '&amp',
  ']]>',
  '<![CDATA[',
  '<!--',
  '<?pi x?>',
];
const DOCTYPES = [
  '<!DOCTYPE rss [<!ENTITY a "&b;&b;"><!ENTITY b "&a;">]>',
  '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
  '<!DOCTYPE html>',
  '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
];
const ENCODINGS = [
  'utf-8',
  'UTF-16',
  'utf-16le',
  'utf-16be',
  'iso-8859-1',
  'windows-1252',
  'shift_jis',
  'euc-jp',
  'gb18030',
  'koi8-r',
  'utf-32',
  'utf-7',
  'ebcdic-cp-us',
  'x-bogus',
  '',
  '"',
];
// JSON types are rarer: with them nearly every mutated XML document ends at JSON.parse.
const CONTENT_TYPES = [
  undefined,
  undefined,
  undefined,
  'application/rss+xml',
  'application/rss+xml',
  'text/xml',
  'application/atom+xml',
  'application/atom+xml; charset=utf-16',
  'text/xml; charset=iso-8859-1',
  'text/html',
  'application/json',
  'application/feed+json',
  'text/plain; charset=x-klingon',
  'application/xml; charset=shift_jis',
  'image/png',
  'text/html; charset=utf-8',
  'application/octet-stream',
];
const BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xff, 0xfe, 0x00, 0x00],
  [0x2b, 0x2f, 0x76, 0x38],
];

const mutators: Record<string, (random: Random, doc: Buffer) => Buffer> = {
  'byte-flips': (random, doc) => {
    const copy = Buffer.from(doc);
    for (let n = 1 + int(random, 20); n > 0 && copy.length > 0; n--) copy[int(random, copy.length)] = int(random, 256);
    return copy;
  },
  truncate: (random, doc) => doc.subarray(0, int(random, doc.length)),
  'tag-duplication': (random, doc) => {
    const start = doc.indexOf(0x3c, int(random, doc.length));
    if (start < 0) return doc;
    const piece = doc.subarray(start, start + 1 + int(random, 2000));
    const copies = Buffer.concat(Array.from({ length: size(random, [1, 2, 5, 20], 500) }, () => piece));
    return insertAt(doc, start, copies);
  },
  'deep-nesting': (random, doc) => {
    const depth = size(random, [50, 300, 1_000], 100_000);
    const name = pick(random, ['a', 'item', 'entry', 'div', 'x:y']);
    const closed = random() < 0.5;
    return insertAt(
      doc,
      tagPosition(random, doc) + 1,
      enc(`>${`<${name}>`.repeat(depth)}${closed ? `</${name}>`.repeat(depth) : ''}<z`),
    );
  },
  'entity-insertion': (random, doc) => {
    let result = doc;
    for (let n = 1 + int(random, 10); n > 0; n--)
      result = insertAt(result, int(random, result.length + 1), enc(pick(random, ENTITIES)));
    if (random() < 0.3) {
      const declEnd = result.indexOf('?>');
      result = insertAt(result, declEnd >= 0 ? declEnd + 2 : 0, enc(pick(random, DOCTYPES)));
    }
    return result;
  },
  'encoding-swap': (random, doc) => {
    const encoding = pick(random, ENCODINGS);
    const text = doc.toString('latin1');
    const swapped = /encoding\s*=\s*["'][^"']*["']/.test(text)
      ? text.replace(/encoding\s*=\s*["'][^"']*["']/, `encoding="${encoding}"`)
      : `<?xml version="1.0" encoding="${encoding}"?>${text}`;
    const bytes = Buffer.from(swapped, 'latin1');
    return random() < 0.3 ? Buffer.concat([Buffer.from(pick(random, BOMS)), bytes]) : bytes;
  },
  'huge-attribute': (random, doc) => {
    const length = size(random, [1_000, 10_000, 100_000], 2_000_000);
    const value = random() < 0.5 ? 'a'.repeat(length) : '&amp;'.repeat(length / 5);
    return insertAt(doc, tagPosition(random, doc), enc(` huge="${value}"`));
  },
  'many-attributes': (random, doc) => {
    const count = size(random, [10, 100, 1_000], 20_000);
    const attrs =
      Array.from({ length: count }, (_, i) => ` a${i}="${i}"`).join('') +
      (random() < 0.5 ? ' xmlns:p="urn:p" p:x="1"' : '');
    return insertAt(doc, tagPosition(random, doc), enc(attrs));
  },
};

export const mutationNames = Object.keys(mutators);

/** Applies one to three mutations, chosen and parameterised by `seed` alone. */
export function mutate(doc: Uint8Array, seed: number): Mutated {
  const random = prng(seed);
  let bytes = Buffer.from(doc.buffer, doc.byteOffset, doc.byteLength);
  const applied: string[] = [];
  for (let n = 1 + int(random, 3); n > 0; n--) {
    const name = pick(random, mutationNames);
    bytes = mutators[name]!(random, bytes);
    applied.push(name);
  }
  return { bytes, contentType: pick(random, CONTENT_TYPES), label: applied.join('+') };
}
