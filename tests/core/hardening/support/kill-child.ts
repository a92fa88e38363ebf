import { copyFileSync } from 'node:fs';
import { EXPORT_FORMATS } from '../../../../electron/api/methods/exports';
import { newIncomingFile } from '../../../../electron/core/backup/incoming-files';
import { all } from '../../../../electron/core/db/sql';
import { findExport } from '../../../../electron/core/export/export-files';
import { call, say, seeded, startCore, wireError } from './core-child';

/**
 * Child process of the crash-and-kill suite: runs the real core on a data
 * folder and performs refreshes (with the offline-image pass they trigger),
 * retention, bookmarks with notes and tags, and read-state changes, in a
 * seeded random order, with exports and a backup restored at once, until
 * the parent kills it. Lines it prints:
 *   P            progress (the parent kills on the Nth one)
 *   I <json>     a user change about to be made
 *   A <json>     that change's call has returned (the acknowledgement)
 *   E <message>  an operation failed (the parent counts these as failures)
 * Articles are named by "feedId|identity", which survives retention and re-adds.
 */
interface Config {
  dataDir: string;
  feedUrls: string[];
  seed: number;
}

const config = JSON.parse(process.argv[2]!) as Config;
const random = seeded(config.seed);
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

const core = startCore(config.dataDir, (event) => {
  if (event === 'sync.progress' || event === 'sync.finished' || event === 'exports.progress') say('P');
});

type Row = { id: number; key: string };
const articles = (where = '1'): Row[] =>
  all<Row>(core.library.db(), `SELECT a.id, a.feed_id || '|' || a.identity AS key FROM articles a WHERE ${where}`);

async function setUp(): Promise<void> {
  await call(core, 'sync.setOnline', true);
  await call(core, 'sync.configure', {
    refreshIntervalMinutes: 1440,
    proxy: '',
    offlineImages: true,
    offlineImagesDays: 365,
    imageCacheQuotaMB: 2048,
  });
  const have = new Set((await call(core, 'feeds.list')).map((feed) => feed.url));
  for (const url of config.feedUrls) if (!have.has(url)) await call(core, 'feeds.add', { url, title: url });
}

async function refresh(): Promise<void> {
  await core.sync.engine.refresh({ kind: 'all' }).finished;
  // The image pass runs after sync.finished; tick while it writes so kills land inside it.
  const ticker = setInterval(() => say('P'), 1);
  await core.whenImagesIdle();
  clearInterval(ticker);
}

async function bookmark(): Promise<void> {
  const row = pick(articles());
  if (!row) return refresh();
  const tags = [
    ...new Set(Array.from({ length: Math.floor(random() * 3) }, () => `t${Math.floor(random() * 6)}`)),
  ].sort();
  const note = random() < 0.3 ? '' : `note ${Math.floor(random() * 1e6)} ${'·'.repeat(Math.floor(random() * 200))}`;
  say(`I ${JSON.stringify({ op: 'bm', key: row.key, tags, note })}`);
  await call(core, 'bookmarks.set', String(row.id), { tags, note });
  say(`A ${JSON.stringify({ op: 'bm', key: row.key, tags, note })}`);
}

async function unbookmark(): Promise<void> {
  const row = pick(articles('a.id IN (SELECT article_id FROM bookmarks)'));
  if (!row) return bookmark();
  say(`I ${JSON.stringify({ op: 'unbm', key: row.key })}`);
  await call(core, 'bookmarks.remove', String(row.id));
  say(`A ${JSON.stringify({ op: 'unbm', key: row.key })}`);
}

async function markRead(): Promise<void> {
  const rows = articles();
  const chosen = [
    ...new Map(
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(rows))
        .filter((r) => r !== undefined)
        .map((r) => [r.id, r]),
    ).values(),
  ];
  if (chosen.length === 0) return refresh();
  const read = random() < 0.7;
  const keys = chosen.map((r) => r.key);
  say(`I ${JSON.stringify({ op: 'read', keys, read })}`);
  await call(core, 'articles.markRead', { kind: 'articles', ids: chosen.map((r) => String(r.id)) }, read);
  say(`A ${JSON.stringify({ op: 'read', keys, read })}`);
}

async function retention(): Promise<void> {
  await call(core, 'library.runRetention', { maxAgeDays: 30, keepUnread: true, keepLatestPerFeed: 10 });
}

async function exportArticles(): Promise<void> {
  const format = pick(EXPORT_FORMATS.filter((f) => f !== 'netscape')) ?? 'json';
  await call(core, 'exports.run', {
    what: { kind: 'scope', scope: { kind: 'all' } },
    format,
    options: { images: 'embed', print: false },
  });
}

/**
 * Backs the library up and restores that backup at once, handing the file
 * over as the host does (export folder → incoming folder). Restoring the
 * state just saved changes no bookmark or read state, so the ledger holds;
 * a kill may land in the backup, the hand-over or the restore.
 */
async function backupAndRestore(): Promise<void> {
  const written = await call(core, 'backup.write', { settings: null });
  say('P');
  const file = findExport(config.dataDir, written.token);
  if (!file) throw new Error('the backup just written is not in the export folder');
  const incoming = newIncomingFile(config.dataDir);
  copyFileSync(file.path, incoming.path);
  say('P');
  await call(core, 'backup.apply', incoming.token);
}

const operations: [number, () => Promise<void>][] = [
  [0.22, refresh],
  [0.27, bookmark],
  [0.08, unbookmark],
  [0.21, markRead],
  [0.08, retention],
  [0.07, exportArticles],
  [0.07, backupAndRestore],
];

async function run(): Promise<never> {
  await setUp();
  for (;;) {
    say('P');
    let roll = random();
    const operation = operations.find(([weight]) => (roll -= weight) < 0)?.[1] ?? refresh;
    try {
      await operation();
    } catch (error) {
      say(`E ${JSON.stringify(wireError(error))}`);
    }
  }
}

void run();
