import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../../electron/core/db/open-store';
import { LATEST_VERSION } from '../../../../electron/core/db/migrations';
import { transaction } from '../../../../electron/core/db/sql';

/**
 * The load suite's library: `articles` articles spread evenly over `feeds`
 * feeds in 20 sections, every 400th article bookmarked with a note and a tag,
 * every other one read. Built with direct inserts in one transaction (the
 * schema's own triggers keep counts and the search index), which is ~50×
 * faster than the ingest path, and cached in the temp folder by schema
 * version and size, so only the first run on a machine pays for it.
 * Feed URLs name `http://load.invalid`; `placeLibrary` points them at the
 * test's server.
 */
export const LOAD_HOST = 'http://load.invalid';
const FORMAT = 1;
export const ARTICLES_PER_FEED_IN_FEED = 3;

export interface LoadShape {
  articles: number;
  feeds: number;
}

export const bookmarkEvery = 400;

export function cachedLibrary(shape: LoadShape): string {
  const path = join(tmpdir(), `broadsheet-load-v${LATEST_VERSION}.${FORMAT}-${shape.articles}-${shape.feeds}.sqlite`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}.tmp`;
  const store = openStore(building);
  const db = store.db!;
  const now = Date.now();
  const perFeed = Math.ceil(shape.articles / shape.feeds);
  transaction(db, () => {
    const section = db.prepare('INSERT INTO sections (name, position, created_at) VALUES (?, ?, ?)');
    for (let s = 0; s < 20; s += 1) section.run(`Section ${s}`, s, now);
    const feed = db.prepare('INSERT INTO feeds (url, title, section_id, position, created_at) VALUES (?, ?, ?, ?, ?)');
    for (let f = 0; f < shape.feeds; f += 1)
      feed.run(`${LOAD_HOST}/f/${f}.xml`, `Load feed ${f}`, 1 + (f % 20), f, now);
    const article = db.prepare(
      `INSERT INTO articles (feed_id, section_id, identity, guid, url, title, published_at, sort_time, summary, content_html, text, is_read, fetched_at, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const bookmark = db.prepare('INSERT INTO bookmarks (article_id, created_at, note) VALUES (?, ?, ?)');
    const tag = db.prepare('INSERT INTO bookmark_tags (tag, article_id) VALUES (?, ?)');
    for (let n = 0; n < shape.articles; n += 1) {
      const f = n % shape.feeds;
      const k = Math.floor(n / shape.feeds);
      const guid = guidOf(f, k);
      const time = now - (perFeed - k) * 3_600_000 - f * 1000;
      const text = `Story ${k} of feed ${f}: ${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} market weather election science`;
      const { lastInsertRowid } = article.run(
        f + 1,
        1 + (f % 20),
        `g:${guid}`,
        guid,
        `${LOAD_HOST}/a/${f}/${k}`,
        `Story ${k} of feed ${f}`,
        time,
        time,
        text,
        `<p>${text}</p>`,
        text,
        n % 2,
        now,
        `h${n}`,
      );
      if (n % bookmarkEvery === 0) {
        bookmark.run(lastInsertRowid, now, `note ${n}`);
        tag.run(`tag${n % 5}`, lastInsertRowid);
      }
    }
  });
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  renameSync(building, path);
  return path;
}

export function guidOf(feed: number, k: number): string {
  return `f${feed}-${k}`;
}

/** Copies the cached library into a data folder and points its feeds at `origin`. */
export function placeLibrary(cached: string, target: string, origin: string): void {
  copyFileSync(cached, target);
  const store = openStore(target);
  store.db!.prepare('UPDATE feeds SET url = replace(url, ?, ?)').run(LOAD_HOST, origin);
  store.db!.close();
}

const WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
];
