import type { RouteContext, RouteTable } from './route-types';

/**
 * Well-delivered bodies whose *content* is the attack: entity tricks, absurd
 * nesting and counts, duplicate ids, impossible dates. The fetcher sees a
 * normal 200; the parser and the store must keep them bounded.
 */

const rss = (channel: string, doctype = '') =>
  `<?xml version="1.0" encoding="utf-8"?>${doctype}\n<rss version="2.0"><channel><title>Hostile content</title><link>http://127.0.0.1/</link>${channel}</channel></rss>\n`;

const item = (guid: string, title: string, extra = '') =>
  `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><link>http://127.0.0.1/${guid}</link>${extra}</item>`;

const lols = Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${(i === 0 ? '&lol;' : `&lol${i};`).repeat(10)}">`,
);

export const billionLaughsXml = rss(
  item('laughs-1', 'Laughing &lol9;', '<description>&lol9;&lol9;</description>'),
  `\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n${lols.join('\n')}\n]>`,
);

/** External entities (general and parameter) naming a local file; its content must never be read. */
export function externalEntityXml(file: string): string {
  const url = `file://${file}`;
  return rss(
    item('xxe-1', 'Secret: &xxe;', `<description>&xxe; &other;</description>`),
    `\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "${url}">\n<!ENTITY other PUBLIC "-//X//Y" "${url}">\n<!ENTITY % pe SYSTEM "${url}">\n%pe;\n]>`,
  );
}

export const DEEP_NESTING = 100_000;
export const MANY_ITEMS = 100_000;
export const DUPLICATE_GUID_ITEMS = 500;

const cache = new Map<string, string>();
const once = (key: string, build: () => string) => cache.get(key) ?? (cache.set(key, build()), cache.get(key)!);

const payloads = {
  deep: () => rss(item('deep-1', 'Deep', `${'<x>'.repeat(DEEP_NESTING)}bottom${'</x>'.repeat(DEEP_NESTING)}`)),
  many: () => rss(Array.from({ length: MANY_ITEMS }, (_, i) => item(`many-${i}`, `Item ${i}`)).join('')),
  duplicates: () =>
    rss(Array.from({ length: DUPLICATE_GUID_ITEMS }, (_, i) => item('same-guid', `Copy ${i}`)).join('')),
  future: () =>
    rss(
      item('future-1', 'Year 9999', '<pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate>') +
        item('future-2', 'Year 2999', '<pubDate>Tue, 01 Jan 2999 00:00:00 GMT</pubDate>') +
        item('future-3', 'Out of range', '<pubDate>Sat, 01 Jan 275760 00:00:00 GMT</pubDate>'),
    ),
};

function sendXml({ res }: RouteContext, body: string): void {
  res.writeHead(200, {
    'content-type': 'application/rss+xml; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

export const contentRoutes: RouteTable = {
  '/billion-laughs': {
    description: 'nine levels of nested DTD entities (10⁹ "lol"s if expanded)',
    handle: (c) => sendXml(c, billionLaughsXml),
  },
  '/external-entity': {
    description:
      'DTD external entities (SYSTEM, PUBLIC, parameter) pointing at the local file ?file= (default /etc/passwd)',
    handle: (c) => sendXml(c, externalEntityXml(c.query.get('file') ?? '/etc/passwd')),
  },
  '/deep-nesting': {
    description: `an item with ${DEEP_NESTING.toLocaleString('en')} nested elements`,
    handle: (c) => sendXml(c, once('deep', payloads.deep)),
  },
  '/many-items': {
    description: `${MANY_ITEMS.toLocaleString('en')} items (about 9 MB)`,
    handle: (c) => sendXml(c, once('many', payloads.many)),
  },
  '/duplicate-guids': {
    description: `${DUPLICATE_GUID_ITEMS} items sharing one guid`,
    handle: (c) => sendXml(c, once('duplicates', payloads.duplicates)),
  },
  '/future-dates': {
    description: 'items dated in 2999, 9999 and past the end of JavaScript time',
    handle: (c) => sendXml(c, once('future', payloads.future)),
  },
};
