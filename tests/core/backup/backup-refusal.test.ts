import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { restoreBackup } from '../../../electron/core/backup/restore-backup';
import { openZipSink } from '../../../electron/core/backup/zip-sink';
import { MARKER_ENTRY, markerText } from '../../../electron/core/backup/backup-format';
import { imagesDir } from '../../../electron/core/images/cache-paths';
import { ApiError } from '../../../electron/api/errors';
import { createFixture, entries, NOW, type Fixture } from '../library/support/library-fixture';
import { buildLibrary, pngBytes } from './support/backup-fixture';
import { snapshot } from './support/library-snapshot';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(1).forEach((f) => f.dispose()));

let source: Fixture;
let good: Uint8Array;
beforeAll(async () => {
  source = await buildLibrary();
  fixtures.push(source);
  const file = join(source.dir, 'good.bsbackup');
  createBackup(source.library.db(), file, {
    dataDir: source.dir,
    appVersion: '1',
    settings: { theme: 'dark' },
    now: NOW,
  });
  good = readFileSync(file);
  return () => source.dispose();
});

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort();
  } catch {
    return [];
  }
}

/** Restores `bytes` into a used profile and checks that the refusal says `reason` and changed nothing. */
function expectRefused(bytes: Uint8Array, reason: string, message: RegExp): void {
  const target = createFixture();
  fixtures.push(target);
  const feed = target.addFeed('Mine');
  const ids = target.ingest(feed, entries(2, 'mine'));
  target.handlers['bookmarks.set'](ids[0]!, { tags: ['t'], note: 'n' });
  const path = join(target.dir, 'in.bsbackup');
  writeFileSync(path, bytes);
  const before = { library: snapshot(target.library.db(), target.dir), images: files(imagesDir(target.dir)) };
  let thrown: unknown;
  try {
    restoreBackup(target.library.db(), path, { dataDir: target.dir, now: NOW });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ApiError);
  expect((thrown as ApiError).details).toEqual({ reason });
  expect((thrown as ApiError).message).toMatch(message);
  expect((thrown as ApiError).message).toMatch(/Nothing was changed\.$/);
  expect({ library: snapshot(target.library.db(), target.dir), images: files(imagesDir(target.dir)) }).toEqual(before);
}

describe('a file that cannot be restored is refused and changes nothing', () => {
  it('a truncated backup', () => {
    expectRefused(good.subarray(0, Math.floor(good.length * 0.7)), 'damaged', /damaged/);
  });

  it('a backup with a byte changed inside an image (bad checksum)', () => {
    const bytes = Uint8Array.from(good);
    const at = Buffer.from(bytes).indexOf(Buffer.from(pngBytes(1).subarray(0, 64)));
    expect(at).toBeGreaterThan(0);
    bytes[at + 40] = bytes[at + 40]! ^ 0xff;
    expectRefused(bytes, 'damaged', /does not match its checksum/);
  });

  it('a foreign zip, a JSON file, an empty file', () => {
    expectRefused(
      zipSync({ mimetype: strToU8('application/epub+zip'), 'a.json': strToU8('{}') }),
      'foreign',
      /not a Broadsheet backup/,
    );
    expectRefused(
      strToU8(JSON.stringify({ format: 'broadsheet-backup', version: 1 })),
      'foreign',
      /not a Broadsheet backup/,
    );
    expectRefused(new Uint8Array(0), 'foreign', /not a Broadsheet backup/);
  });

  it('a backup from a newer version', () => {
    const bytes = zipSync({ [MARKER_ENTRY]: [strToU8(markerText(3)), { level: 0 }], 'manifest.json': strToU8('{}') });
    expectRefused(bytes, 'newer', /newer version of Broadsheet \(backup format 3\)/);
  });

  it('a backup whose checksums hold but whose records do not parse rolls back, images included', () => {
    const dir = createFixture();
    fixtures.push(dir);
    const path = join(dir.dir, 'bad.bsbackup');
    const sink = openZipSink(path);
    // A format 1 file (no accounts), as an older version wrote it.
    sink.addBytes(MARKER_ENTRY, strToU8(markerText(1)));
    const write = (name: string, text: string) => {
      const entry = sink.openText(name);
      entry.write(text);
      entry.close();
    };
    write('sections.json', '[{"key":1,"name":"New section","position":0,"createdAt":1}]');
    write(
      'feeds.json',
      '[{"url":"https://new.example/rss","siteUrl":null,"title":"New","iconUrl":null,"section":1,"position":0,"fullText":false,"refreshMinutes":null,"paused":false,"archived":false,"createdAt":1}]',
    );
    // A valid image the restore writes before it meets the broken record: it must be taken back.
    sink.addBytes(`images/${createHash('sha256').update(pngBytes(9)).digest('hex')}`, pngBytes(9));
    write('bookmarks/000001.jsonl', '{"feedUrl":"https://new.example/rss","identity":"g:1"}\n');
    const checksums = sink.checksums();
    delete checksums[MARKER_ENTRY];
    write(
      'manifest.json',
      JSON.stringify({
        format: 'broadsheet-backup',
        version: 1,
        createdAt: '',
        appVersion: '1',
        schemaVersion: 6,
        counts: { sections: 1, feeds: 1, bookmarks: 1, readMarks: 0, images: 1 },
        settings: false,
        checksums,
      }),
    );
    sink.finish();
    expectRefused(readFileSync(path), 'damaged', /damaged/);
  });
});
