import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../../electron/core/db/sql';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * Feeds declare one language for all their items; the articles in them are
 * not always in it. A refresh stores each article's language as its text
 * shows it, keeping the feed's own tag where the text agrees.
 */
let server: FeedServer;
let h: Harness | undefined;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const ITEMS: readonly (readonly [guid: string, title: string, summary: string])[] = [
  ['en-1', 'Government unveils plan to cut energy bills', 'Households will receive a discount on their winter bills.'],
  [
    'ar-1',
    'أكبر مشروع للطاقة الشمسية في المنطقة يبدأ العمل',
    'أعلنت وزارة الطاقة اليوم بدء تشغيل المرحلة الأولى من المحطة.',
  ],
  ['fa-1', 'افزایش قیمت دلار در بازار تهران', 'قیمت دلار آمریکا امروز در بازار آزاد تهران به بالاترین سطح خود رسید.'],
  ['he-1', 'הממשלה אישרה את תקציב המדינה לשנה הבאה', 'התקציב כולל הגדלה משמעותית בהוצאות על חינוך ובריאות.'],
  [
    'ko-1',
    '서울시, 내년부터 대중교통 요금 인상',
    '서울시는 지하철과 버스 기본요금을 150원 올리기로 결정했다고 밝혔다.',
  ],
  [
    'fr-1',
    'Grève à la SNCF : le trafic fortement perturbé ce jeudi',
    'Seul un TGV sur trois circulera, selon la direction.',
  ],
  ['short', 'Live', ''],
];

function feedDeclaring(language: string): string {
  const items = ITEMS.map(
    ([guid, title, description]) =>
      `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><description>${description}</description>` +
      '<pubDate>Sun, 15 Jun 2025 10:00:00 GMT</pubDate></item>',
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World</title>
<link>http://127.0.0.1/</link><language>${language}</language>${items}</channel></rss>`;
}

describe('article languages in a refresh', () => {
  it('stores an Arabic article in a feed that declares English as Arabic, and keeps en-GB where the text is English', async () => {
    h = createHarness();
    server.set('/world.xml', { body: feedDeclaring('en-gb') });
    h.addFeed({ url: server.url('/world.xml'), title: 'World' });
    await refreshAndWait(h);
    const rows = all<{ guid: string; language: string | null; language_source: string | null }>(
      h.core.library.db(),
      'SELECT guid, language, language_source FROM articles ORDER BY id',
    );
    expect(rows).toEqual([
      { guid: 'en-1', language: 'en-GB', language_source: 'feed' },
      { guid: 'ar-1', language: 'ar', language_source: 'text' },
      { guid: 'fa-1', language: 'fa', language_source: 'text' },
      { guid: 'he-1', language: 'he', language_source: 'text' },
      { guid: 'ko-1', language: 'ko', language_source: 'text' },
      { guid: 'fr-1', language: 'fr', language_source: 'text' },
      { guid: 'short', language: 'en-GB', language_source: 'feed' },
    ]);
  });

  it('a second refresh of the same document changes nothing', async () => {
    h = createHarness();
    server.set('/world.xml', { body: feedDeclaring('en') });
    h.addFeed({ url: server.url('/world.xml'), title: 'World' });
    await refreshAndWait(h);
    h.clock.now += 3_600_000;
    const second = await refreshAndWait(h);
    expect(second).toMatchObject({ newArticles: 0, failures: [] });
    const hashes = all(h.core.library.db(), 'SELECT content_hash FROM articles ORDER BY id');
    h.clock.now += 3_600_000;
    await refreshAndWait(h);
    expect(all(h.core.library.db(), 'SELECT content_hash FROM articles ORDER BY id')).toEqual(hashes);
  });

  it('keeps the language read from the feed’s text when the full text is fetched, in a refresh or on demand', async () => {
    h = createHarness();
    const [, arabicTitle, arabicSummary] = ITEMS[1]!;
    const page = (title: string) =>
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${'<p>نص المقال الكامل مع تفاصيل كثيرة لا يذكرها الملخص، وجمل طويلة تكفي لكي يعدّه المستخرج متن المقال.</p>'.repeat(6)}</article></body></html>`;
    server.set('/ar-0', { contentType: 'text/html; charset=utf-8', body: page(arabicTitle) });
    server.set('/ar-1', { contentType: 'text/html; charset=utf-8', body: page(arabicTitle) });
    const item = (n: number) =>
      `<item><guid isPermaLink="false">ar-${n}</guid><title>${arabicTitle}</title><link>${server.url(`/ar-${n}`)}</link>` +
      `<description>${arabicSummary}</description><pubDate>Sun, 15 Jun 2025 10:00:00 GMT</pubDate></item>`;
    const feed = (n: number) =>
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><link>http://127.0.0.1/</link><language>en</language>${item(n)}</channel></rss>`;
    server.set('/full.xml', { body: feed(0) });
    server.set('/plain.xml', { body: feed(1) });
    h.addFeed({ url: server.url('/full.xml'), title: 'Full', options: { fullText: true } });
    h.addFeed({ url: server.url('/plain.xml'), title: 'Plain' });
    await refreshAndWait(h);
    const [onDemand] = all<{ id: number }>(h.core.library.db(), "SELECT id FROM articles WHERE guid = 'ar-1'");
    await call(h, 'articles.fetchFullText', String(onDemand!.id));
    expect(
      all(
        h.core.library.db(),
        'SELECT guid, full_text_html IS NOT NULL AS full, language, language_source FROM articles ORDER BY guid',
      ),
    ).toEqual([
      { guid: 'ar-0', full: 1, language: 'ar', language_source: 'text' },
      { guid: 'ar-1', full: 1, language: 'ar', language_source: 'text' },
    ]);
  });
});
