import { afterEach, describe, expect, it } from 'vitest';
import { all, get, run } from '../../../electron/core/db/sql';
import { createFixture, entries, type Fixture } from '../library/support/library-fixture';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

describe('migration 6: read marks and pending full text', () => {
  it('an article arriving with a waiting read mark is stored read, its feed’s unread count agrees, and the mark is used up', () => {
    const f = createFixture();
    fixtures.push(f);
    const feed = f.addFeed('News');
    const db = f.library.db();
    run(db, 'INSERT INTO read_marks (feed_url, identity) VALUES (?, ?)', 'https://example.com/feed-1.xml', 'g:a-1');
    run(db, 'INSERT INTO read_marks (feed_url, identity) VALUES (?, ?)', 'https://other.example/rss', 'g:a-2');
    f.ingest(feed, entries(3, 'a'));
    expect(all(db, 'SELECT identity, is_read FROM articles ORDER BY identity')).toEqual([
      { identity: 'g:a-0', is_read: 0 },
      { identity: 'g:a-1', is_read: 1 },
      { identity: 'g:a-2', is_read: 0 },
    ]);
    expect(get(db, 'SELECT unread_count FROM feeds')).toEqual({ unread_count: 2 });
    expect(all(db, 'SELECT feed_url FROM read_marks')).toEqual([{ feed_url: 'https://other.example/rss' }]);
  });

  it('a pending full-text row goes with its article', () => {
    const f = createFixture();
    fixtures.push(f);
    const feed = f.addFeed('News');
    const [id] = f.ingest(feed, entries(1, 'a'));
    const db = f.library.db();
    run(db, 'INSERT INTO pending_full_text (article_id) VALUES (?)', Number(id));
    run(db, 'DELETE FROM articles WHERE id = ?', Number(id));
    expect(all(db, 'SELECT * FROM pending_full_text')).toEqual([]);
  });
});
