import { describe, expect, it } from 'vitest';
import { NORMALIZER_VERSION } from '../../../electron/core/library/articles/normalize-entry';
import { sourceHashOf } from '../../../electron/core/library/articles/source-hash';
import {
  readFeedDocument,
  withContentHtml,
  type FeedDocument,
  type FeedDocumentInput,
} from '../../../electron/core/sync/reading/read-feed-document';
import { HOUR, NOW } from '../library/support/library-fixture';

/**
 * The reading thread's half of an incremental refresh: each entry's source hash (the entry as the feed gives it),
 * and the entries whose hash the library already has passed over before they are normalised.
 */
interface Entry {
  id: string;
  title: string;
  content?: string;
  published?: string;
  updated?: string;
}

function atom(entries: readonly Entry[]): string {
  const body = entries
    .map(
      (entry) =>
        `<entry><id>${entry.id}</id><title>${entry.title}</title>` +
        (entry.published ? `<published>${entry.published}</published>` : '') +
        (entry.updated ? `<updated>${entry.updated}</updated>` : '') +
        `<link href="https://news.example/${entry.id}"/>` +
        `<content type="html">&lt;p&gt;${entry.content ?? `Body of ${entry.title}`}&lt;/p&gt;</content></entry>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>${body}</feed>`;
}

function read(entries: readonly Entry[], at: number, stored?: ReadonlyMap<string, string>) {
  const input: FeedDocumentInput = {
    body: new TextEncoder().encode(atom(entries)),
    contentType: 'application/atom+xml',
    url: 'https://news.example/feed.xml',
    firstSeenAt: at,
    ...(stored ? { storedSourceHashes: stored } : {}),
  };
  const document = readFeedDocument(input);
  if (!document.ok) throw new Error(document.message);
  return document;
}

/** What the store keeps of a document's rows: identity → source hash. */
const hashesOf = (document: Extract<FeedDocument, { ok: true }>) =>
  new Map(document.rows.map((row) => [row.identity, row.sourceHash!]));

const DATED: Entry = { id: 'dated', title: 'Harbour reopens', published: '2025-06-14T08:00:00Z' };
const UNDATED: Entry = { id: 'undated', title: 'Ferry timetable' };
const FUTURE: Entry = { id: 'future', title: 'Festival next year', published: '2099-01-01T00:00:00Z' };

describe('source hashes', () => {
  it('are the same for the same document read at two different times, dated or not', () => {
    const first = read([DATED, UNDATED, FUTURE], NOW);
    const later = read([DATED, UNDATED, FUTURE], NOW + HOUR);
    // The fetch time stands in for the missing and the future dates, in the rows…
    expect(first.rows.map((row) => row.publishedAt)).toEqual([Date.parse(DATED.published!), NOW, NOW]);
    expect(later.rows.map((row) => row.publishedAt)).toEqual([Date.parse(DATED.published!), NOW + HOUR, NOW + HOUR]);
    // …but not in their source hashes.
    expect(later.rows.map((row) => row.sourceHash)).toEqual(first.rows.map((row) => row.sourceHash));
    expect(new Set(first.rows.map((row) => row.sourceHash)).size).toBe(3);
  });

  it('change with anything the feed says of the entry', () => {
    const [original] = read([DATED], NOW).rows;
    const changes: Entry[] = [
      { ...DATED, title: 'Harbour reopens at dawn' },
      { ...DATED, content: 'A new paragraph' },
      { ...DATED, published: '2025-06-14T09:00:00Z' },
      { ...DATED, updated: '2025-06-15T09:00:00Z' },
    ];
    for (const changed of changes) {
      const [row] = read([changed], NOW).rows;
      expect(row!.identity).toBe(original!.identity);
      expect(row!.sourceHash).not.toBe(original!.sourceHash);
    }
  });
});

describe('reading a changed document', () => {
  it('passes over the entries the library has as they are and sends back only the new and changed ones', () => {
    const first = read([DATED, UNDATED, FUTURE], NOW);
    const edited = { ...DATED, content: 'Now with a correction' };
    const fresh: Entry = { id: 'fresh', title: 'Tide tables' };
    const second = read([fresh, edited, UNDATED, FUTURE], NOW + HOUR, hashesOf(first));
    expect(second.known).toEqual([first.rows[1]!.identity, first.rows[2]!.identity]);
    expect(second.rows.map((row) => row.title)).toEqual(['Tide tables', 'Harbour reopens']);
    expect(second.rows[1]!.text).toBe('Now with a correction');
    // The entries' HTML crosses once, in their rows; it is put back as the parser gave it.
    expect(second.entries.every((entry) => entry.contentHtml === undefined)).toBe(true);
    expect(withContentHtml(second.entries, second.rows).map((entry) => entry.contentHtml)).toEqual([
      '<p>Body of Tide tables</p>',
      '<p>Now with a correction</p>',
    ]);
  });

  it('passes over nothing whose hash an older normaliser made', () => {
    const first = read([DATED, UNDATED], NOW);
    const older = new Map(
      withContentHtml(first.entries, first.rows).map((entry, index) => [
        first.rows[index]!.identity,
        sourceHashOf(entry, NOW, NORMALIZER_VERSION - 1),
      ]),
    );
    expect(read([DATED, UNDATED], NOW, hashesOf(first)).known).toHaveLength(2);
    const again = read([DATED, UNDATED], NOW, older);
    expect(again.known).toEqual([]);
    expect(again.rows.map((row) => row.sourceHash)).toEqual(first.rows.map((row) => row.sourceHash));
  });

  it('passes over no copy of an entry the document repeats, so the store picks among all of them as before', () => {
    const stored = read([{ ...DATED, updated: '2025-06-14T08:00:00Z' }, UNDATED], NOW);
    const second = read(
      [
        { ...DATED, updated: '2025-06-14T08:00:00Z' },
        UNDATED,
        { ...DATED, title: 'Harbour reopens, updated', updated: '2025-06-14T10:00:00Z' },
      ],
      NOW,
      hashesOf(stored),
    );
    expect(second.known).toEqual([stored.rows[1]!.identity]);
    expect(second.rows.map((row) => row.title)).toEqual(['Harbour reopens', 'Harbour reopens, updated']);
  });
});
