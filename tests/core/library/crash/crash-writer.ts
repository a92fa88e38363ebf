import { writeSync } from 'node:fs';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { markRead } from '../../../../electron/core/library/articles/read-state';
import { setBookmark } from '../../../../electron/core/library/bookmarks';
import { addFeed, listFeeds } from '../../../../electron/core/library/feeds';
import { openLibrary } from '../../../../electron/core/library/open-library';

/**
 * Child process of the crash test: writes articles, read states and bookmarks
 * in a loop until it is killed. It prints "B <id>" only after a bookmark call
 * has returned, which is the acknowledgement the parent holds it to.
 */
const [path, seedArg] = process.argv.slice(2);
let seed = Number(seedArg) || 1;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const library = openLibrary(path!, { skipIntegrityCheck: true });
const db = library.db();
const feed =
  listFeeds(db)[0]?.id ?? addFeed(db, { url: 'https://crash.example/feed.xml', title: 'Crash' }, Date.now()).id;
writeSync(1, 'READY\n');

for (let round = 0; ; round += 1) {
  const now = Date.now();
  // Guids repeat across rounds so updates and in-document duplicates happen too.
  const entries = Array.from({ length: 25 }, () => {
    const n = Math.floor(random() * 400);
    return {
      guid: `g${n}`,
      title: `Story ${n} rev ${round}`,
      text: `body ${n} `.repeat(200),
      publishedAt: now - n * 60_000,
    };
  });
  const { ids } = upsertArticles(db, feed, entries, now);
  markRead(db, { kind: 'articles', ids: ids.slice(0, 5) }, random() < 0.5, now);
  const target = ids[Math.floor(random() * ids.length)]!;
  setBookmark(db, target, { tags: [`t${round % 7}`], note: `note ${round}` }, now);
  writeSync(1, `B ${target}\n`);
}
