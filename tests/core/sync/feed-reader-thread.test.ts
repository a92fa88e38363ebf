import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES } from '../../../electron/core/feeds/formats/limits';
import { loadLanguageDetector } from '../../../electron/core/language/language-detector';
import {
  inThreadFeedReader,
  readFeedDocument,
  type FeedReader,
} from '../../../electron/core/sync/reading/read-feed-document';
import { createThreadFeedReader } from '../../../electron/core/sync/reading/feed-reader-thread';
import { buildCoreWorker, feedReaderBeside } from '../../support/build-worker';
import { NOW } from '../library/support/library-fixture';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * The sync engine's reading thread: its own bundle (`feed-reader.mjs`), started
 * with the app's limits, as the core starts it. It must read exactly what the core
 * thread would, and a document that exhausts the thread's memory must fail
 * that feed alone, with the reason, while the core and every other feed go on.
 */
let script: string;
let server: FeedServer;
let reader: FeedReader | undefined;
let h: Harness | undefined;

beforeAll(async () => {
  script = feedReaderBeside(await buildCoreWorker());
  server = await startFeedServer();
}, 120_000);

afterEach(async () => {
  await h?.dispose();
  h = undefined;
  await reader?.close();
  reader = undefined;
});

afterAll(async () => {
  await server?.close();
  rmSync(join(script, '..'), { recursive: true, force: true });
});

/** A thread near its heap ceiling collects garbage for many seconds before it gives up, more so on a busy machine. */
const HEAVY_TIMEOUT_MS = 60_000;

const encode = (text: string) => new TextEncoder().encode(text);

/** About 19 MB of RSS: 10,000 items of 1.9 KB. Its parse and rows need far more than 64 MB of heap (the language detector takes about 35 of them). */
function hugeFeed(): string {
  const paragraph = 'A long paragraph about the harbour, the ferries and the weather over the strait. '.repeat(24);
  return rss(
    'Heavy',
    Array.from({ length: 10_000 }, (_, i) => ({ guid: `h-${i}`, title: `Heavy story ${i}`, description: paragraph })),
  );
}

describe('the reading thread', () => {
  it('reads a feed document exactly as the core thread would', async () => {
    reader = createThreadFeedReader({ script });
    const body = `<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Caf\u00e9 News</title><link>https://news.example/</link>
<item><guid>1</guid><title>Cr\u00e8me &amp; co</title><link>/a/1</link><description>Short &lt;b&gt;summary&lt;/b&gt;</description>
<content:encoded><![CDATA[<p>Full <a href="/more">text</a> with <img src="/pic.jpg"> a picture.</p>]]></content:encoded><category>Food</category></item></channel></rss>`;
    const bytes = Uint8Array.from(body, (char) => char.charCodeAt(0));
    const input = {
      body: bytes,
      contentType: 'application/rss+xml',
      url: 'https://news.example/feed.xml',
      firstSeenAt: NOW,
    };
    const fromThread = await reader.read(input);
    expect(fromThread).toEqual(readFeedDocument(input, await loadLanguageDetector()));
    expect(fromThread).toMatchObject({
      ok: true,
      feed: { title: 'Café News' },
      entries: [{ title: 'Crème & co', url: 'https://news.example/a/1' }],
    });
    if (!fromThread.ok) throw new Error('unreachable');
    expect(fromThread.rows[0]).toMatchObject({
      identity: expect.stringMatching(/^g:.*1$/),
      text: 'Full text with a picture.',
      categories: ['Food'],
      leadImageUrl: 'https://news.example/pic.jpg',
    });
  });

  it('passes over the entries the library has, as the core thread would', async () => {
    reader = createThreadFeedReader({ script });
    const input = {
      body: encode(rss('Desk', items(3, 'k'))),
      contentType: 'application/rss+xml',
      url: 'https://news.example/feed.xml',
      firstSeenAt: NOW,
    };
    const first = await reader.read(input);
    if (!first.ok) throw new Error(first.message);
    const stored = new Map(first.rows.slice(1).map((row) => [row.identity, row.sourceHash!]));
    const again = { ...input, storedSourceHashes: stored };
    const fromThread = await reader.read(again);
    expect(fromThread).toEqual(readFeedDocument(again, await loadLanguageDetector()));
    expect(fromThread).toMatchObject({ ok: true, known: [...stored.keys()], rows: [{ title: 'k story 0' }] });
  });

  it('checks stored articles’ languages exactly as the core thread would', async () => {
    reader = createThreadFeedReader({ script });
    const samples = [
      { declared: 'en', title: 'أكبر مشروع للطاقة الشمسية في المنطقة', summary: null },
      {
        declared: 'en-gb',
        title: 'Government unveils plan to cut energy bills',
        summary: 'Households get a discount.',
      },
      { declared: null, title: '서울시 대중교통 요금 인상', summary: null },
    ];
    const fromThread = await reader.chooseLanguages(samples);
    expect(fromThread).toEqual(await inThreadFeedReader.chooseLanguages(samples));
    expect(fromThread?.map((choice) => choice.language)).toEqual(['ar', 'en-GB', 'ko']);
  });

  it('says why a document is not a feed', async () => {
    reader = createThreadFeedReader({ script });
    const document = await reader.read({
      body: encode('<html><body>Hello</body></html>'),
      contentType: 'text/html',
      url: 'https://news.example/',
      firstSeenAt: NOW,
    });
    expect(document).toEqual(
      readFeedDocument({
        body: encode('<html><body>Hello</body></html>'),
        contentType: 'text/html',
        url: 'https://news.example/',
        firstSeenAt: NOW,
      }),
    );
    expect(document.ok).toBe(false);
  });

  it(
    'fails a document that exhausts its memory alone, reads the ones queued behind it on a fresh thread, and goes on',
    async () => {
      reader = createThreadFeedReader({
        script,
        resourceLimits: { maxOldGenerationSizeMb: 64 },
      });
      const small = (n: number) => ({
        body: encode(rss(`Small ${n}`, items(3, `s${n}`))),
        url: `https://news.example/${n}.xml`,
        firstSeenAt: NOW,
      });
      const [heavy, behind1, behind2] = await Promise.all([
        reader.read({ body: encode(hugeFeed()), url: 'https://news.example/heavy.xml', firstSeenAt: NOW }),
        reader.read(small(1)),
        reader.read(small(2)),
      ]);
      expect(heavy).toEqual({
        ok: false,
        cause: 'too-large',
        message: 'Broadsheet could not read this feed (the document needs more memory than one feed may use).',
      });
      expect(behind1).toMatchObject({ ok: true, feed: { title: 'Small 1' } });
      expect(behind2).toMatchObject({ ok: true, feed: { title: 'Small 2' } });
      expect(await reader.read(small(3))).toMatchObject({ ok: true, feed: { title: 'Small 3' } });
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'in a refresh, the feed that exhausted the reader shows why while the others are stored and searchable',
    async () => {
      reader = createThreadFeedReader({
        script,
        resourceLimits: { maxOldGenerationSizeMb: 64 },
      });
      h = createHarness({ reader });
      server.set('/heavy.xml', { body: hugeFeed() });
      server.set('/calm-1.xml', { body: rss('Calm one', items(4, 'calm1')) });
      server.set('/calm-2.xml', {
        body: rss('Calm two', [{ guid: 'z', title: 'Zanzibar ferry timetable', description: 'Boats' }]),
      });
      const heavy = h.addFeed({ url: server.url('/heavy.xml'), title: 'Heavy' });
      const calm1 = h.addFeed({ url: server.url('/calm-1.xml'), title: 'Calm one' });
      h.addFeed({ url: server.url('/calm-2.xml'), title: 'Calm two' });

      const finished = await refreshAndWait(h, { kind: 'all' });
      expect(finished).toMatchObject({ done: 3, total: 3, newArticles: 5 });
      expect(finished.failures).toEqual([
        {
          feedId: heavy,
          title: 'Heavy',
          message: 'Broadsheet could not read this feed (the document needs more memory than one feed may use).',
          cause: 'too-large',
        },
      ]);
      expect(h.feed(heavy).sync.lastError).toBe(
        'Broadsheet could not read this feed (the document needs more memory than one feed may use).',
      );
      expect(h.feed(heavy).articleCount).toBe(0);
      expect(h.feed(calm1).articleCount).toBe(4);
      expect((await call(h, 'search.articles', { query: 'zanzibar' })).hits).toHaveLength(1);
    },
    HEAVY_TIMEOUT_MS,
  );

  describe('with the app’s memory limits (young generation capped, old generation up to 1 GB)', () => {
    it(
      'reads a document at the 20 MB body cap whole',
      async () => {
        reader = createThreadFeedReader({ script });
        const paragraph = 'Ferries crossed the strait all night while the harbour lights went out one by one. '.repeat(
          120,
        );
        const body = encode(
          rss(
            'At the cap',
            Array.from({ length: 1_950 }, (_, i) => ({
              guid: `c-${i}`,
              title: `Night crossing ${i}`,
              description: paragraph,
            })),
          ),
        );
        expect(body.byteLength).toBeGreaterThan(19_500_000);
        expect(body.byteLength).toBeLessThanOrEqual(20 * 1024 * 1024);
        const document = await reader.read({ body, url: 'https://news.example/cap.xml', firstSeenAt: NOW });
        expect(document).toMatchObject({ ok: true, feed: { title: 'At the cap' } });
        expect(document.ok && document.rows).toHaveLength(1_950);
        expect(document.ok && document.rows[1_949]!.text).toContain('harbour lights');
      },
      HEAVY_TIMEOUT_MS,
    );

    it(
      'reads a 100,000-item feed up to the parser’s entry cap, and the next feed on the same thread',
      async () => {
        reader = createThreadFeedReader({ script });
        const body = encode(rss('Endless', items(100_000, 'e')));
        const document = await reader.read({ body, url: 'https://news.example/endless.xml', firstSeenAt: NOW });
        expect(document.ok && document.rows).toHaveLength(MAX_ENTRIES);
        expect(document.ok && document.rows[0]!.title).toBe('e story 0');
        const next = await reader.read({
          body: encode(rss('Next', items(2, 'n'))),
          url: 'https://news.example/next.xml',
          firstSeenAt: NOW,
        });
        expect(next).toMatchObject({ ok: true, feed: { title: 'Next' } });
      },
      HEAVY_TIMEOUT_MS,
    );

    it('reads documents larger than its bytes-in-flight budget one at a time, each whole and in order', async () => {
      reader = createThreadFeedReader({ script, maxBytesInFlight: 50_000 });
      const documents = [1, 2, 3, 4].map((n) => ({
        body: encode(rss(`Wide ${n}`, items(400, `w${n}`))),
        url: `https://news.example/wide-${n}.xml`,
        firstSeenAt: NOW,
      }));
      expect(documents.every((document) => document.body.byteLength > 50_000)).toBe(true);
      const read = await Promise.all(documents.map((document) => reader!.read(document)));
      expect(read.map((document) => document.ok && document.feed.title)).toEqual([
        'Wide 1',
        'Wide 2',
        'Wide 3',
        'Wide 4',
      ]);
      expect(read.map((document) => document.ok && document.rows.length)).toEqual([400, 400, 400, 400]);
    });
  });
});
