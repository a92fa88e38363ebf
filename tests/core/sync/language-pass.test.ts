import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { all } from '../../../electron/core/db/sql';
import type { LanguageSample } from '../../../electron/core/language/choose-language';
import { createLanguagePass } from '../../../electron/core/sync/language-pass';
import { inThreadFeedReader, type FeedReader } from '../../../electron/core/sync/reading/read-feed-document';
import { LIBRARY_FILE } from '../../../electron/core/service';
import { createFixture, tempDir, type Fixture } from '../library/support/library-fixture';
import { call, createHarness, type Harness } from './support/sync-harness';

/**
 * After the upgrade that added language checks, the articles already stored
 * are checked in the background: a batch at a time on the reading thread,
 * with the core free to answer calls in between, and from where it stopped
 * after a restart.
 */
const fixtures: Fixture[] = [];
let h: Harness | undefined;
afterEach(async () => {
  fixtures.splice(0).forEach((f) => f.dispose());
  await h?.dispose();
  h = undefined;
});

const STORIES = [
  ['ko-1', '서울시, 내년부터 대중교통 요금 인상', 'en'],
  ['ar-1', 'أكبر مشروع للطاقة الشمسية في المنطقة يبدأ العمل', 'en'],
  ['en-1', 'Government unveils plan to cut energy bills as winter approaches', 'en-gb'],
  ['fr-1', 'Grève à la SNCF : le trafic fortement perturbé ce jeudi sur la plupart des lignes', null],
  ['he-1', 'הממשלה אישרה את תקציב המדינה לשנה הבאה', null],
] as const;

/** A library file as version 7 of the app left it: articles with their feed's language, never checked. */
function libraryBeforeTheUpgrade(): string {
  const dir = tempDir();
  const db = new DatabaseSync(join(dir, LIBRARY_FILE));
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 7);
  db.exec("INSERT INTO feeds (url, title, created_at) VALUES ('https://world.example/rss', 'World', 0)");
  const insert = db.prepare(
    `INSERT INTO articles (feed_id, identity, guid, title, summary, text, language, sort_time, fetched_at, content_hash)
     VALUES (1, ?, ?, ?, ?, ?, ?, 10, 10, 'h')`,
  );
  for (const [guid, title, language] of STORIES) insert.run(`g:${guid}`, guid, title, title, title, language);
  db.close();
  return dir;
}

/** The in-thread reader, held at each batch until the test lets it go. */
function gatedReader() {
  const batches: { samples: readonly LanguageSample[]; release: () => void }[] = [];
  let taken = 0;
  let notify: (() => void) | null = null;
  const reader: FeedReader = {
    read: (input) => inThreadFeedReader.read(input),
    close: async () => undefined,
    chooseLanguages: async (samples) => {
      await new Promise<void>((release) => {
        batches.push({ samples, release });
        notify?.();
      });
      return inThreadFeedReader.chooseLanguages(samples);
    },
  };
  /** The next batch the pass sends, once it has sent it. */
  const nextBatch = () =>
    new Promise<(typeof batches)[number]>((resolve) => {
      notify = () => {
        if (batches.length <= taken) return;
        notify = null;
        resolve(batches[taken++]!);
      };
      notify();
    });
  return { reader, nextBatch };
}

const languages = (f: { library: { db(): DatabaseSync } }) =>
  all(f.library.db(), 'SELECT guid, language, language_source FROM articles ORDER BY id');

describe('the language pass', () => {
  it('checks a library stored before the upgrade once the app starts', async () => {
    h = createHarness({}, libraryBeforeTheUpgrade());
    await h.core.whenLanguagesIdle();
    expect(all(h.core.library.db(), 'SELECT guid, language, language_source FROM articles ORDER BY id')).toEqual([
      { guid: 'ko-1', language: 'ko', language_source: 'text' },
      { guid: 'ar-1', language: 'ar', language_source: 'text' },
      { guid: 'en-1', language: 'en-GB', language_source: 'feed' },
      { guid: 'fr-1', language: 'fr', language_source: 'text' },
      { guid: 'he-1', language: 'he', language_source: 'text' },
    ]);
    const [arabic] = (await call(h, 'articles.list', { scope: { kind: 'all' } })).items.filter((a) =>
      a.title.startsWith('أكبر'),
    );
    expect(arabic?.language).toBe('ar');
  });

  it('works in small batches, leaves the core free between them, and goes on after a restart where it stopped', async () => {
    const f = createFixture();
    fixtures.push(f);
    const feed = f.addFeed('World');
    const ids = f.ingest(
      feed,
      STORIES.map(([guid, title, language]) => ({ guid, title, language })),
    );
    const gate = gatedReader();
    const first = createLanguagePass(
      () => f.library.db(),
      () => gate.reader,
      2,
    );
    first.request();

    const batch1 = await gate.nextBatch();
    expect(batch1.samples.map((s) => s.title)).toEqual([STORIES[0][1], STORIES[1][1]]);
    // While the reading thread works on a batch, the core answers calls.
    expect(f.handlers['articles.get'](ids[1]!)).toMatchObject({ title: STORIES[1][1], language: 'en' });
    batch1.release();

    const batch2 = await gate.nextBatch();
    expect(batch2.samples.map((s) => s.title)).toEqual([STORIES[2][1], STORIES[3][1]]);
    // The app quits with the second batch on the reading thread: its answer is not written.
    const stopped = first.stop();
    batch2.release();
    await stopped;
    expect(languages(f)).toEqual([
      { guid: 'ko-1', language: 'ko', language_source: 'text' },
      { guid: 'ar-1', language: 'ar', language_source: 'text' },
      { guid: 'en-1', language: 'en-gb', language_source: null },
      { guid: 'fr-1', language: null, language_source: null },
      { guid: 'he-1', language: null, language_source: null },
    ]);

    // Next start: the pass picks up at the first unchecked article.
    const calls: number[] = [];
    const counting: FeedReader = {
      ...inThreadFeedReader,
      chooseLanguages: (samples) => {
        calls.push(samples.length);
        return inThreadFeedReader.chooseLanguages(samples);
      },
    };
    const second = createLanguagePass(
      () => f.library.db(),
      () => counting,
      2,
    );
    second.request();
    await second.whenIdle();
    expect(calls).toEqual([2, 1]);
    expect(languages(f)).toEqual([
      { guid: 'ko-1', language: 'ko', language_source: 'text' },
      { guid: 'ar-1', language: 'ar', language_source: 'text' },
      { guid: 'en-1', language: 'en-GB', language_source: 'feed' },
      { guid: 'fr-1', language: 'fr', language_source: 'text' },
      { guid: 'he-1', language: 'he', language_source: 'text' },
    ]);
  });

  it('leaves the articles unchecked when the reading thread fails, and checks them at the next request', async () => {
    const f = createFixture();
    fixtures.push(f);
    f.ingest(f.addFeed('World'), [{ guid: 'ar-1', title: STORIES[1][1], language: 'en' }]);
    let failing = true;
    const flaky: FeedReader = {
      ...inThreadFeedReader,
      chooseLanguages: async (samples) => (failing ? null : inThreadFeedReader.chooseLanguages(samples)),
    };
    const pass = createLanguagePass(
      () => f.library.db(),
      () => flaky,
    );
    pass.request();
    await pass.whenIdle();
    expect(languages(f)).toEqual([{ guid: 'ar-1', language: 'en', language_source: null }]);
    failing = false;
    pass.request();
    await pass.whenIdle();
    expect(languages(f)).toEqual([{ guid: 'ar-1', language: 'ar', language_source: 'text' }]);
  });
});
