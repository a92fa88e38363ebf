import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportFromArgv } from '../../../electron/core/cli/export-command';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from './support/export-fixture';
import { readCsv } from './support/read-csv';

/** `npm run cli -- export …` as a function: arguments, the written file, the progress line and the summary. */
let f: ExportFixture;
const lines: string[] = [];
const io = { stderr: { write: (text: string) => void lines.push(text), isTTY: false }, now: () => NOW };

beforeAll(async () => {
  f = createExportFixture();
  await f.addArticles(3, { bookmark: true });
  await f.addArticles(2, { prefix: 'other' });
});
afterAll(() => f.dispose());

describe('cli export', () => {
  test('writes the bookmarks as CSV with a progress line and a JSON summary', async () => {
    const out = join(f.dir, 'bookmarks.csv');
    const result = await exportFromArgv(['--data-dir', f.dir, '--format', 'csv', '--bookmarks', '--out', out], io);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.output)).toMatchObject({ ok: true, articles: 3, format: 'csv' });
    expect(readCsv(readFileSync(out, 'utf8'))).toHaveLength(4);
    expect(lines.at(-1)).toBe('Exported 3/3 articles\n');
  });

  test('selects a section by name, a search and a tag', async () => {
    const section = join(f.dir, 'world.json');
    expect(
      (await exportFromArgv(['--data-dir', f.dir, '--format', 'json', '--section', 'world', '--out', section], io))
        .exitCode,
    ).toBe(0);
    expect((JSON.parse(readFileSync(section, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(5);
    const search = join(f.dir, 'search.html');
    const found = await exportFromArgv(
      ['--data-dir', f.dir, '--format', 'html', '--search', 'other', '--out', search],
      io,
    );
    expect(JSON.parse(found.output)).toMatchObject({ ok: true, articles: 2 });
    const tagged = join(f.dir, 'tagged.html');
    const byTag = await exportFromArgv(
      ['--data-dir', f.dir, '--format', 'netscape', '--tag', 't1', '--out', tagged],
      io,
    );
    expect(JSON.parse(byTag.output)).toMatchObject({ ok: true, articles: 1 });
  });

  test('refuses unclear requests with a usage message and writes nothing', async () => {
    const out = join(f.dir, 'never.epub');
    const noFormat = await exportFromArgv(['--data-dir', f.dir, '--format', 'pdf', '--bookmarks', '--out', out], io);
    expect(noFormat.exitCode).toBe(2);
    expect(JSON.parse(noFormat.output).error).toContain('--format must be one of');
    const two = await exportFromArgv(
      ['--data-dir', f.dir, '--format', 'epub', '--bookmarks', '--search', 'x', '--out', out],
      io,
    );
    expect(two.exitCode).toBe(2);
    const missing = await exportFromArgv(
      ['--data-dir', f.dir, '--format', 'epub', '--section', 'Nope', '--out', out],
      io,
    );
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.output).error).toContain('no section named "Nope"');
    expect(existsSync(out)).toBe(false);
  });
});
