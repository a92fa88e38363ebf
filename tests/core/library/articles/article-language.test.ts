import { afterEach, describe, expect, it } from 'vitest';
import { all, run } from '../../../../electron/core/db/sql';
import { saveLanguages, uncheckedLanguages } from '../../../../electron/core/library/articles/article-language';
import { createFixture, entries, type Fixture } from '../support/library-fixture';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

describe('articles whose language is not checked yet', () => {
  it('are found oldest first, through the partial index, and leave the list once written', () => {
    const f = createFixture();
    fixtures.push(f);
    const feed = f.addFeed('News');
    const ids = f.ingest(feed, [
      { guid: 'a', title: 'Government unveils plan', summary: 'Households will get a discount.', language: 'en-gb' },
      { guid: 'b', title: 'أكبر مشروع', language: 'en' },
      { guid: 'c', title: 'Untitled' },
    ]);
    const db = f.library.db();
    expect(uncheckedLanguages(db, 2)).toEqual([
      {
        id: Number(ids[0]),
        sample: { declared: 'en-gb', title: 'Government unveils plan', summary: 'Households will get a discount.' },
      },
      { id: Number(ids[1]), sample: { declared: 'en', title: 'أكبر مشروع', summary: null } },
    ]);
    const plan = all<{ detail: string }>(
      db,
      'EXPLAIN QUERY PLAN SELECT id, title, summary, language FROM articles WHERE language_source IS NULL ORDER BY id LIMIT 2',
    );
    expect(plan.map((row) => row.detail).join(' ')).toContain('articles_language_unchecked');

    saveLanguages(db, [
      { id: Number(ids[0]), language: 'en-GB', source: 'feed' },
      { id: Number(ids[1]), language: 'ar', source: 'text' },
    ]);
    expect(uncheckedLanguages(db, 10).map((row) => row.id)).toEqual([Number(ids[2])]);
    expect(all(db, 'SELECT language, language_source FROM articles ORDER BY id')).toEqual([
      { language: 'en-GB', language_source: 'feed' },
      { language: 'ar', language_source: 'text' },
      { language: null, language_source: null },
    ]);
  });

  it('an article a refresh checked meanwhile keeps what the refresh wrote', () => {
    const f = createFixture();
    fixtures.push(f);
    const [id] = f.ingest(f.addFeed('News'), entries(1));
    const db = f.library.db();
    run(db, "UPDATE articles SET language = 'de', language_source = 'text' WHERE id = ?", Number(id));
    saveLanguages(db, [{ id: Number(id), language: 'en', source: 'feed' }]);
    expect(all(db, 'SELECT language, language_source FROM articles')).toEqual([
      { language: 'de', language_source: 'text' },
    ]);
  });
});
