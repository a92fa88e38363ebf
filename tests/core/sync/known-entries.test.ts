import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { all, run } from '../../../electron/core/db/sql';
import { NORMALIZER_VERSION } from '../../../electron/core/library/articles/normalize-entry';
import { sourceHashOf } from '../../../electron/core/library/articles/source-hash';
import {
  inThreadFeedReader,
  withContentHtml,
  type FeedDocument,
  type FeedReader,
} from '../../../electron/core/sync/reading/read-feed-document';
import { HOUR, NOW } from '../library/support/library-fixture';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * An incremental refresh: a changed document's entries that the library already has as the feed gives them are
 * passed over on the reading thread (not normalised, not sent back, not written); new and changed ones are stored
 * as before. The reading thread's answers are recorded, so "not normalised" is what the test sees.
 */
let server: FeedServer;
let h: Harness;
let answers: Extract<FeedDocument, { ok: true }>[];
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

function recordingReader(): FeedReader {
  return {
    read: async (input) => {
      const document = await inThreadFeedReader.read(input);
      if (document.ok) answers.push(document);
      return document;
    },
    chooseLanguages: (samples) => inThreadFeedReader.chooseLanguages(samples),
    close: async () => undefined,
  };
}

interface Item {
  guid: string;
  title: string;
  body?: string;
  /** RFC 822; none: the item has no date. */
  date?: string;
  /** ISO; an Atom `<updated>`, which decides between copies of one entry. */
  updated?: string;
}

const DATE = 'Sat, 14 Jun 2025 08:00:00 GMT';

/** An RSS document with the Atom namespace for `<atom:updated>`; a new ETag for every version. */
let version = 0;
function publish(path: string, items: readonly Item[]): void {
  const body = items
    .map(
      (item) =>
        `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title>` +
        `<description>${item.body ?? `Body of ${item.title}`}</description>` +
        (item.date ? `<pubDate>${item.date}</pubDate>` : '') +
        (item.updated ? `<atom:updated>${item.updated}</atom:updated>` : '') +
        `</item>`,
    )
    .join('');
  server.set(path, {
    body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Desk</title><link>http://127.0.0.1/</link>${body}</channel></rss>`,
    etag: `"v${++version}"`,
  });
}

function start(path: string): string {
  answers = [];
  h = createHarness({ reader: recordingReader() });
  return h.addFeed({ url: server.url(path), title: 'Desk' });
}

const db = () => h.core.library.db();

interface StoredArticle {
  id: number;
  guid: string;
  title: string;
  text: string;
  published_at: number | null;
  source_hash: string | null;
  content_hash: string;
}

const stored = () =>
  all<StoredArticle>(
    db(),
    'SELECT id, guid, title, text, published_at, source_hash, content_hash FROM articles ORDER BY guid',
  );

const lastAnswer = () => answers.at(-1)!;

describe('a refresh of a changed document', () => {
  it('passes over the entries it has, rewrites a changed one and inserts a new one; read flags and bookmarks stay', async () => {
    const id = start('/desk.xml');
    const v1 = ['a', 'b', 'c'].map((guid) => ({ guid, title: `Story ${guid}`, date: DATE }));
    publish('/desk.xml', v1);
    await refreshAndWait(h, { kind: 'feed', id });
    const [a, b] = stored();
    await call(h, 'articles.markRead', { kind: 'articles', ids: [String(a!.id)] }, true);
    await call(h, 'bookmarks.set', String(b!.id), { tags: ['later'], note: 'keep' });

    publish('/desk.xml', [
      { guid: 'd', title: 'Story d', date: DATE },
      v1[0]!,
      v1[1]!,
      { ...v1[2]!, body: 'Body rewritten by the desk' },
    ]);
    h.clock.now = NOW + HOUR;
    const finished = await refreshAndWait(h, { kind: 'feed', id });

    expect(finished).toMatchObject({ newArticles: 1, failures: [] });
    expect(lastAnswer().known).toHaveLength(2);
    expect(lastAnswer().rows.map((row) => row.guid)).toEqual(['d', 'c']);
    expect(stored().map((article) => [article.guid, article.text])).toEqual([
      ['a', 'Body of Story a'],
      ['b', 'Body of Story b'],
      ['c', 'Body rewritten by the desk'],
      ['d', 'Body of Story d'],
    ]);
    expect(await call(h, 'articles.get', String(a!.id))).toMatchObject({ isRead: true });
    expect(await call(h, 'articles.get', String(b!.id))).toMatchObject({
      isBookmarked: true,
      bookmark: { tags: ['later'], note: 'keep' },
    });
    const found = await call(h, 'search.articles', { query: 'rewritten' });
    expect(found.hits.map((hit) => hit.article.title)).toEqual(['Story c']);
  });

  it('reads an article stored without a source hash in full once, and gives it one', async () => {
    const id = start('/old.xml');
    const v1 = ['a', 'b'].map((guid) => ({ guid, title: `Story ${guid}`, date: DATE }));
    publish('/old.xml', v1);
    await refreshAndWait(h, { kind: 'feed', id });
    // As stored before migration 017 (or restored from a backup).
    run(db(), 'UPDATE articles SET source_hash = NULL');
    const before = stored();

    publish('/old.xml', [{ guid: 'c', title: 'Story c', date: DATE }, ...v1]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(lastAnswer().known).toEqual([]);
    expect(lastAnswer().rows).toHaveLength(3);
    const after = stored();
    expect(after.every((article) => article.source_hash !== null)).toBe(true);
    // Unchanged content is not written again: only the hash is added.
    expect(after.slice(0, 2).map(({ source_hash: _, ...rest }) => rest)).toEqual(
      before.map(({ source_hash: _, ...rest }) => rest),
    );

    publish('/old.xml', [
      { guid: 'd', title: 'Story d', date: DATE },
      { guid: 'c', title: 'Story c', date: DATE },
      ...v1,
    ]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(lastAnswer().known).toHaveLength(3);
    expect(lastAnswer().rows.map((row) => row.guid)).toEqual(['d']);
  });

  it('reads every entry in full after an upgrade to another normaliser', async () => {
    const id = start('/upgrade.xml');
    const v1 = ['a', 'b'].map((guid) => ({ guid, title: `Story ${guid}`, date: DATE }));
    publish('/upgrade.xml', v1);
    await refreshAndWait(h, { kind: 'feed', id });
    // The hashes an app one normaliser version older stored for the same entries.
    const [first] = answers;
    withContentHtml(first!.entries, first!.rows).forEach((entry, index) =>
      run(
        db(),
        'UPDATE articles SET source_hash = ? WHERE identity = ?',
        sourceHashOf(entry, NOW, NORMALIZER_VERSION - 1),
        first!.rows[index]!.identity,
      ),
    );

    publish('/upgrade.xml', [{ guid: 'c', title: 'Story c', date: DATE }, ...v1]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(lastAnswer().known).toEqual([]);
    expect(lastAnswer().rows).toHaveLength(3);
    const current = lastAnswer().rows.map((row) => row.sourceHash);
    expect(stored().map((article) => article.source_hash)).toEqual(expect.arrayContaining(current));
  });

  it('passes over undated entries fetched again later, which keep the time they were first seen', async () => {
    const id = start('/undated.xml');
    const v1 = [
      { guid: 'a', title: 'Story a' },
      { guid: 'b', title: 'Story b' },
    ];
    publish('/undated.xml', v1);
    await refreshAndWait(h, { kind: 'feed', id });

    h.clock.now = NOW + 2 * HOUR;
    publish('/undated.xml', [{ guid: 'c', title: 'Story c' }, ...v1]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(lastAnswer().known).toHaveLength(2);
    expect(stored().map((article) => [article.guid, article.published_at])).toEqual([
      ['a', NOW],
      ['b', NOW],
      ['c', NOW + 2 * HOUR],
    ]);
  });

  it('stores an entry the document repeats as before: the latest update wins, whichever copy is known', async () => {
    const id = start('/dup.xml');
    const first = { guid: 'dup', title: 'First', date: DATE, updated: '2025-06-14T09:00:00Z' };
    publish('/dup.xml', [first]);
    await refreshAndWait(h, { kind: 'feed', id });

    // The known copy, and a changed one updated later: the later one is stored.
    publish('/dup.xml', [first, { ...first, title: 'Second', updated: '2025-06-14T10:00:00Z' }]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(lastAnswer().known).toEqual([]);
    expect(stored().map((article) => article.title)).toEqual(['Second']);

    // A changed copy updated earlier than the stored one loses to it, as it always did.
    const second = { ...first, title: 'Second', updated: '2025-06-14T10:00:00Z' };
    publish('/dup.xml', [{ ...first, title: 'Stale', updated: '2025-06-14T08:00:00Z' }, second]);
    await refreshAndWait(h, { kind: 'feed', id });
    expect(stored().map((article) => article.title)).toEqual(['Second']);
    expect(h.feed(id).articleCount).toBe(1);
  });
});
