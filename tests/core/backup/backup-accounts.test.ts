import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MARKER_ENTRY, markerText } from '../../../electron/core/backup/backup-format';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { restoreBackup } from '../../../electron/core/backup/restore-backup';
import { readZipEntries, textCollector } from '../../../electron/core/backup/zip-source';
import { openZipSink } from '../../../electron/core/backup/zip-sink';
import { all, get, run } from '../../../electron/core/db/sql';
import { insertAccount } from '../../../electron/core/library/tables/accounts-table';
import { insertArticle } from '../../../electron/core/library/tables/articles-table';
import { insertFeed } from '../../../electron/core/library/tables/feeds-table';
import { insertSection } from '../../../electron/core/library/tables/sections-table';
import { createFixture, NOW, type Fixture } from '../library/support/library-fixture';
import { syncHandlers } from './support/backup-fixture';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

function fixture(): Fixture {
  const f = createFixture();
  fixtures.push(f);
  return f;
}

const SHARED_URL = 'https://example.com/feed-1.xml';

/** A library following one address locally and in a FreshRSS account, with a bookmark and read state in each. */
function twoAccountLibrary(): Fixture {
  const f = fixture();
  const db = f.library.db();
  const h = syncHandlers(f.handlers);
  insertAccount(db, {
    id: 'fresh',
    kind: 'greader',
    service: 'freshrss',
    name: 'My FreshRSS',
    url: 'https://rss.example/api/greader.php',
    user: 'ana',
    status: 'ok',
    options: JSON.stringify({ allowHttp: false, bodyDays: 30 }),
    position: 'last',
    createdAt: NOW,
  });
  run(db, 'UPDATE accounts SET state = \'{"cursor":"1700000000"}\', last_sync_at = ? WHERE id = \'fresh\'', NOW);
  const local = f.addFeed('Seoul Times');
  const folder = insertSection(db, {
    accountId: 'fresh',
    remoteId: 'user/-/label/News',
    name: 'News',
    position: 'last',
    createdAt: NOW,
  });
  const remote = insertFeed(db, {
    accountId: 'fresh',
    remoteId: 'feed/1',
    url: SHARED_URL,
    siteUrl: null,
    title: 'Seoul Times (FreshRSS)',
    iconUrl: null,
    sectionId: folder,
    position: 0,
    fullText: false,
    refreshMinutes: null,
    paused: false,
    archived: false,
    createdAt: NOW,
  });
  const [localStory, localRead] = f.ingest(local, [
    { guid: 'g-1', title: 'Local story' },
    { guid: 'g-2', title: 'Local read story' },
  ]);
  const item = (guid: string, remoteId: string, isRead: boolean) =>
    insertArticle(db, {
      feedId: remote,
      sectionId: folder,
      identity: `g:${guid}`,
      remoteId,
      guid,
      url: null,
      title: `Remote ${guid}`,
      author: null,
      publishedAt: null,
      updatedAt: null,
      summary: null,
      contentHtml: null,
      fullTextHtml: null,
      text: '',
      language: null,
      languageSource: null,
      leadImageUrl: null,
      categories: [],
      wordCount: 0,
      isRead,
      sortTime: NOW,
      fetchedAt: NOW,
      contentHash: guid,
    });
  const starred = item('g-1', 'tag:google.com,2005:reader/item/0000000000000001', false);
  item('g-3', 'tag:google.com,2005:reader/item/0000000000000003', true);
  h['bookmarks.set'](String(starred), { note: 'remote note' });
  h['bookmarks.set'](localStory!, { note: 'local note' });
  h['articles.markRead']({ kind: 'articles', ids: [localRead!] }, true);
  return f;
}

function backupOf(f: Fixture): string {
  const file = join(f.dir, 'b.bsbackup');
  createBackup(f.library.db(), file, { dataDir: f.dir, appVersion: '1', settings: null, now: NOW });
  return file;
}

function entryText(file: string, wanted: string): string {
  let text = '';
  readZipEntries(file, (name) => (name === wanted ? textCollector(1_000_000, (t) => (text = t)) : null));
  return text;
}

describe('backups and accounts', () => {
  it('carry each account without its secrets or cursors, and restore a sync account as needing its password', () => {
    const file = backupOf(twoAccountLibrary());
    expect(JSON.parse(entryText(file, 'accounts.json'))).toEqual([
      { id: 'local', kind: 'local', service: null, name: 'On this device', url: null, user: null, options: {} },
      {
        id: 'fresh',
        kind: 'greader',
        service: 'freshrss',
        name: 'My FreshRSS',
        url: 'https://rss.example/api/greader.php',
        user: 'ana',
        options: { allowHttp: false, bodyDays: 30 },
      },
    ]);
    expect(entryText(file, 'broadsheet-backup')).toBe('broadsheet-backup 2\n');

    const target = fixture();
    const db = target.library.db();
    const result = restoreBackup(db, file, { dataDir: target.dir, now: NOW + 1 });
    expect(result.summary.accounts).toEqual({ added: 1, merged: 0 });
    expect(
      all(db, 'SELECT id, kind, service, name, url, user, status, state, options, last_sync_at FROM accounts'),
    ).toEqual([
      expect.objectContaining({ id: 'local', status: 'ok' }),
      {
        id: 'fresh',
        kind: 'greader',
        service: 'freshrss',
        name: 'My FreshRSS',
        url: 'https://rss.example/api/greader.php',
        user: 'ana',
        status: 'needs-password',
        state: '{}',
        options: '{"allowHttp":false,"bodyDays":30}',
        last_sync_at: null,
      },
    ]);
  });

  it('restore the same address in each account, with sections, remote ids, bookmarks and read state in their own', () => {
    const file = backupOf(twoAccountLibrary());
    const target = fixture();
    const db = target.library.db();
    restoreBackup(db, file, { dataDir: target.dir, now: NOW });
    expect(
      all(db, 'SELECT account_id, remote_id, url, title FROM feeds WHERE archived = 0 ORDER BY account_id, id'),
    ).toEqual([
      { account_id: 'fresh', remote_id: 'feed/1', url: SHARED_URL, title: 'Seoul Times (FreshRSS)' },
      { account_id: 'local', remote_id: null, url: SHARED_URL, title: 'Seoul Times' },
    ]);
    expect(all(db, 'SELECT account_id, remote_id, name FROM sections')).toEqual([
      { account_id: 'fresh', remote_id: 'user/-/label/News', name: 'News' },
    ]);
    expect(get(db, "SELECT f.section_id IS NOT NULL AS sectioned FROM feeds f WHERE f.account_id = 'fresh'")).toEqual({
      sectioned: 1,
    });
    expect(
      all(
        db,
        `SELECT f.account_id, a.identity, a.remote_id, b.note FROM bookmarks b JOIN articles a ON a.id = b.article_id
         JOIN feeds f ON f.id = a.feed_id ORDER BY f.account_id`,
      ),
    ).toEqual([
      {
        account_id: 'fresh',
        identity: 'g:g-1',
        remote_id: 'tag:google.com,2005:reader/item/0000000000000001',
        note: 'remote note',
      },
      { account_id: 'local', identity: 'g:g-1', remote_id: null, note: 'local note' },
    ]);
    // Read articles not kept by a bookmark wait as marks in their own account.
    expect(all(db, 'SELECT account_id, feed_url, identity FROM read_marks ORDER BY account_id')).toEqual([
      { account_id: 'fresh', feed_url: SHARED_URL, identity: 'g:g-3' },
      { account_id: 'local', feed_url: SHARED_URL, identity: 'g:g-2' },
    ]);
    // Nothing restored is queued for the service: its own state comes back with its next sync.
    expect(all(db, 'SELECT * FROM outbox')).toEqual([]);
  });

  it('merge into an account already here, and change nothing when restored twice', () => {
    const source = twoAccountLibrary();
    const file = backupOf(source);
    const db = source.library.db();
    const before = all(db, 'SELECT id, account_id, url, section_id, remote_id FROM feeds ORDER BY id');
    const first = restoreBackup(db, file, { dataDir: source.dir, now: NOW });
    expect(first.summary.accounts).toEqual({ added: 0, merged: 1 });
    expect(first.summary.feeds).toEqual({ added: 0, merged: 2 });
    expect(all(db, 'SELECT id, status FROM accounts')).toEqual([
      { id: 'local', status: 'ok' },
      { id: 'fresh', status: 'ok' },
    ]);
    expect(all(db, 'SELECT id, account_id, url, section_id, remote_id FROM feeds ORDER BY id')).toEqual(before);
    expect(get(db, 'SELECT COUNT(*) AS n FROM sections')).toEqual({ n: 1 });
  });

  it('give a restored account another id when this library uses its id for another account', () => {
    const file = backupOf(twoAccountLibrary());
    const target = fixture();
    const db = target.library.db();
    insertAccount(db, {
      id: 'fresh',
      kind: 'greader',
      service: 'inoreader',
      name: 'Inoreader',
      url: 'https://www.inoreader.com',
      user: 'bo',
      status: 'ok',
      options: '{}',
      position: 'last',
      createdAt: NOW,
    });
    const result = restoreBackup(db, file, { dataDir: target.dir, now: NOW });
    expect(result.summary.accounts).toEqual({ added: 1, merged: 0 });
    expect(all(db, 'SELECT id, service, status FROM accounts ORDER BY position')).toEqual([
      { id: 'local', service: null, status: 'ok' },
      { id: 'fresh', service: 'inoreader', status: 'ok' },
      { id: 'fresh-2', service: 'freshrss', status: 'needs-password' },
    ]);
    expect(all(db, "SELECT DISTINCT account_id FROM feeds WHERE remote_id = 'feed/1'")).toEqual([
      { account_id: 'fresh-2' },
    ]);
  });

  it('restore a format 1 backup into the local account', () => {
    const target = fixture();
    const path = join(target.dir, 'v1.bsbackup');
    const sink = openZipSink(path);
    sink.addBytes(MARKER_ENTRY, new TextEncoder().encode(markerText(1)));
    const write = (name: string, text: string) => {
      const entry = sink.openText(name);
      entry.write(text);
      entry.close();
    };
    write('sections.json', '[{"key":7,"name":"Old","position":0,"createdAt":1}]');
    write(
      'feeds.json',
      '[{"url":"https://old.example/rss","siteUrl":null,"title":"Old","iconUrl":null,"section":7,"position":0,"fullText":false,"refreshMinutes":null,"paused":false,"archived":false,"createdAt":1}]',
    );
    write('read/000001.jsonl', '["https://old.example/rss","g:9"]\n');
    const checksums = sink.checksums();
    delete checksums[MARKER_ENTRY];
    write(
      'manifest.json',
      JSON.stringify({
        format: 'broadsheet-backup',
        version: 1,
        createdAt: '',
        appVersion: '0.1.0',
        schemaVersion: 11,
        counts: { sections: 1, feeds: 1, bookmarks: 0, readMarks: 1, images: 0 },
        settings: false,
        checksums,
      }),
    );
    sink.finish();
    const db = target.library.db();
    const result = restoreBackup(db, path, { dataDir: target.dir, now: NOW });
    expect(result.summary).toMatchObject({ accounts: { added: 0, merged: 0 }, readMarks: 1 });
    expect(all(db, 'SELECT account_id, url FROM feeds')).toEqual([
      { account_id: 'local', url: 'https://old.example/rss' },
    ]);
    expect(all(db, 'SELECT account_id, name FROM sections')).toEqual([{ account_id: 'local', name: 'Old' }]);
    expect(all(db, 'SELECT account_id, feed_url, identity FROM read_marks')).toEqual([
      { account_id: 'local', feed_url: 'https://old.example/rss', identity: 'g:9' },
    ]);
  });
});
