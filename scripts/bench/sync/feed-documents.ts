/**
 * The sync benchmark's feeds: `feeds` documents of `items` entries each, as
 * news sites publish them. Two in three are RSS 2.0 (with `content:encoded`,
 * Dublin Core, Media RSS thumbnails and categories), one in three Atom 1.0
 * with HTML content. Text comes from the store benchmark's corpus (Zipf
 * vocabulary, 15 % CJK); full-text feeds carry a few KB of HTML per entry,
 * with figures and links, two feeds in five a summary only. Every entry of
 * feed N ends with the word `deskN`, so the benchmark can search for each
 * feed's articles. Deterministic for a seed.
 *
 * For the incremental refresh, one feed in ten (`revisedFeeds`) also gets a
 * second revision: `FRESH_ITEMS` new entries on top, the oldest as many
 * dropped, as a news feed's window moves. Entries kept from the first
 * revision are byte-for-byte the same, so only the new ones are news.
 */
import type { ParsedEntry } from '../../../electron/core/library/articles/parsed-entry';
import { createCorpus, createRandom } from '../corpus';

export interface FeedDocument {
  /** Position in the list; also decides the format. */
  index: number;
  /** 1: as first published; 2: with `FRESH_ITEMS` new entries (revised feeds only). */
  revision: 1 | 2;
  format: 'rss' | 'atom';
  title: string;
  xml: string;
}

/** One feed in this many changes between the unchanged and the incremental refresh. */
export const REVISED_EVERY = 10;
/** New entries in each changed feed. */
export const FRESH_ITEMS = 5;

export const DAY_MS = 86_400_000;

export function feedToken(index: number): string {
  return `desk${index}`;
}

/** The feeds that change for the incremental refresh: every tenth, counted back from the last (so the last always does). */
export function revisedFeeds(feeds: number): number[] {
  const indexes: number[] = [];
  for (let index = feeds - 1; index >= 0; index -= REVISED_EVERY) indexes.unshift(index);
  return indexes;
}

/** An entry with the key its URL, GUID and images are named by, which stays the same across revisions. */
interface KeyedEntry {
  key: string;
  entry: ParsedEntry;
}

/** Every feed's first revision, then the second revision of the revised feeds (so the first ones never depend on the second). */
export function* generateFeeds(
  feeds: number,
  items: number,
  origin: (index: number) => string,
  now = Date.now(),
): Generator<FeedDocument> {
  const random = createRandom(7);
  const corpus = createCorpus(random);
  const keyed = (index: number, key: string, time: number): KeyedEntry => {
    const url = `${origin(index)}/articles/${index}/${key}`;
    // (The corpus names its own URLs by a number; they are replaced here.)
    return { key, entry: { ...corpus.entry(index, 0, time), url, guid: url } };
  };
  const revised = new Set(revisedFeeds(feeds));
  const firstRevisions = new Map<number, KeyedEntry[]>();
  for (let index = 0; index < feeds; index += 1) {
    // Newest first, a few hours apart, as a news feed lists them.
    const entries = Array.from({ length: items }, (_, i) =>
      keyed(index, `${i}`, now - (i + 1) * 3 * 3_600_000 - Math.floor(random() * 3_600_000)),
    );
    if (revised.has(index)) firstRevisions.set(index, entries);
    yield feedDocument(index, 1, origin(index), entries);
  }
  for (const [index, entries] of firstRevisions) {
    // Published since the first revision's newest entry (three hours old or more).
    const fresh = Array.from({ length: FRESH_ITEMS }, (_, j) => keyed(index, `new${j}`, now - (j + 1) * 20 * 60_000));
    yield feedDocument(index, 2, origin(index), [...fresh, ...entries.slice(0, Math.max(0, items - FRESH_ITEMS))]);
  }
}

function feedDocument(index: number, revision: 1 | 2, site: string, entries: KeyedEntry[]): FeedDocument {
  const format = index % 3 === 2 ? 'atom' : 'rss';
  const title = `Desk ${index} News`;
  const xml = format === 'rss' ? rss(title, site, index, entries) : atom(title, site, index, entries);
  return { index, revision, format, title, xml };
}

function body(entry: ParsedEntry, index: number, site: string, n: string): string {
  const paragraphs = (entry.contentHtml ?? '').split('\n');
  // A figure after the first paragraph and a related link at the end, like most article bodies.
  const figure = `<figure><img src="${site}/images/${index}/${n}.jpg" alt="${escape((entry.title ?? '').slice(0, 40))}" width="800" height="450"><figcaption>${escape(entry.summary?.slice(0, 80) ?? '')}</figcaption></figure>`;
  return [
    paragraphs[0],
    figure,
    ...paragraphs.slice(1),
    `<p>Read more from <a href="${site}/">${feedToken(index)}</a>.</p>`,
  ].join('\n');
}

function rss(title: string, site: string, index: number, entries: KeyedEntry[]): string {
  const summaryOnly = index % 5 < 2;
  const items = entries.map(({ key: n, entry }) => {
    const content = summaryOnly
      ? ''
      : `\n      <content:encoded><![CDATA[${body(entry, index, site, n)}]]></content:encoded>`;
    return `    <item>
      <title>${escape(entry.title ?? '')}</title>
      <link>${entry.url}</link>
      <guid isPermaLink="true">${entry.guid}</guid>
      <pubDate>${new Date(entry.publishedAt!).toUTCString()}</pubDate>
      ${entry.author ? `<dc:creator>${escape(entry.author)}</dc:creator>` : ''}
      ${(entry.categories ?? []).map((c) => `<category>${escape(c)}</category>`).join('')}
      <description>${escape(`${entry.summary ?? ''} ${feedToken(index)}`)}</description>${content}
      <media:thumbnail url="${site}/images/${index}/${n}-thumb.jpg" width="240" height="135"/>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escape(title)}</title>
    <link>${site}/</link>
    <atom:link href="${site}/feeds/${index}" rel="self" type="application/rss+xml"/>
    <description>The latest from desk ${index}</description>
    <language>en</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

function atom(title: string, site: string, index: number, entries: KeyedEntry[]): string {
  const summaryOnly = index % 5 < 2;
  const items = entries.map(({ key: n, entry }) => {
    const time = new Date(entry.publishedAt!).toISOString();
    const content = summaryOnly ? '' : `\n    <content type="html">${escape(body(entry, index, site, n))}</content>`;
    return `  <entry>
    <title>${escape(entry.title ?? '')}</title>
    <link rel="alternate" type="text/html" href="${entry.url}"/>
    <id>${entry.guid}</id>
    <published>${time}</published>
    <updated>${time}</updated>
    ${entry.author ? `<author><name>${escape(entry.author)}</name></author>` : ''}
    ${(entry.categories ?? []).map((c) => `<category term="${escape(c)}"/>`).join('')}
    <summary>${escape(`${entry.summary ?? ''} ${feedToken(index)}`)}</summary>${content}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escape(title)}</title>
  <link rel="alternate" href="${site}/"/>
  <link rel="self" href="${site}/feeds/${index}"/>
  <id>${site}/feeds/${index}</id>
  <updated>${new Date(entries[0]?.entry.publishedAt ?? 0).toISOString()}</updated>
${items.join('\n')}
</feed>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
