import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportFromArgv } from '../../../electron/core/cli/export-command';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from '../export/support/export-fixture';

/**
 * `export --out <path>`: the file is what its name says. The app decides
 * between one plain .md and a .zip of Markdown files; the CLI follows the
 * same decision, and a path whose extension names another kind of file is
 * refused with the reason (exit 2), before anything is written.
 */
let f: ExportFixture;
const io = { stderr: { write: () => undefined, isTTY: false }, now: () => NOW };
const ZIP_MAGIC = 'PK\u0003\u0004';

beforeAll(async () => {
  f = createExportFixture();
  await f.addArticles(3, { bookmark: true, prefix: 'crowd' });
  await f.addArticles(1, { prefix: 'lonely', picture: true });
});
afterAll(() => f.dispose());

async function exportTo(out: string, ...selection: string[]) {
  const path = join(f.dir, out);
  const result = await exportFromArgv(['--data-dir', f.dir, ...selection, '--out', path], io);
  const body = existsSync(path) ? readFileSync(path, 'latin1') : null;
  return { ...result, reply: JSON.parse(result.output) as { ok: boolean; error?: string }, body };
}

describe('cli export writes the kind of file its --out path names', () => {
  test('one article with linked pictures is one plain .md file', async () => {
    const done = await exportTo('one.md', '--format', 'md', '--search', 'lonely', '--images', 'link');
    expect(done.exitCode).toBe(0);
    expect(done.body).toMatch(/^---\n/);
    expect(done.body).toContain('lonely number 3');
  });

  test('several articles are a .zip: written to a .zip path, refused for a .md path with the reason', async () => {
    const zipped = await exportTo('crowd.zip', '--format', 'md', '--bookmarks');
    expect(zipped.exitCode).toBe(0);
    expect(zipped.body?.startsWith(ZIP_MAGIC)).toBe(true);

    const refused = await exportTo('crowd.md', '--format', 'md', '--bookmarks');
    expect(refused.exitCode).toBe(2);
    expect(refused.reply.ok).toBe(false);
    expect(refused.reply.error).toMatch(/3 articles.*\.zip/);
    expect(refused.reply.error).not.toContain('\n');
    expect(refused.body).toBeNull();
  });

  test('one article with its pictures embedded is a .zip too, and the refusal says how to get one .md', async () => {
    const refused = await exportTo('lonely.md', '--format', 'md', '--search', 'lonely');
    expect(refused.exitCode).toBe(2);
    expect(refused.reply.error).toMatch(/\.zip.*--images link/);
    expect(refused.body).toBeNull();
    const zipped = await exportTo('lonely.zip', '--format', 'md', '--search', 'lonely');
    expect(zipped.body?.startsWith(ZIP_MAGIC)).toBe(true);
  });

  test.each([
    // [format, selection, out, written]
    ['md', ['--search', 'lonely', '--images', 'link'], 'lonely-linked.zip', false],
    ['epub', ['--bookmarks'], 'crowd-book.json', false],
    ['csv', ['--bookmarks'], 'crowd-list.HTML', false],
    ['json', ['--bookmarks'], 'CROWD.JSON', true],
    ['html', ['--bookmarks'], 'crowd-page.htm', true],
    ['netscape', ['--bookmarks'], 'crowd-bookmarks.html', true],
    ['json', ['--bookmarks'], 'crowd-data.txt', true],
    ['csv', ['--bookmarks'], 'crowd-no-extension', true],
    ['md', ['--bookmarks'], 'crowd.md.zip', true],
    ['md', ['--bookmarks'], 'crowd.zip.md', false],
  ] as const)('--format %s %j --out %s: written %s', async (format, selection, out, written) => {
    const result = await exportTo(out, '--format', format, ...selection);
    expect(result.exitCode).toBe(written ? 0 : 2);
    expect(result.body !== null).toBe(written);
    if (!written) expect(result.reply.error).toMatch(/name the output/);
  });
});
