import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/core/cli/main';
import { syncCommand } from '../../../electron/core/cli/sync-command';
import { buildCli } from '../cli/support/build-cli';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';

let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startFeedServer();
  server.set('/a.xml', { body: rss('A', items(3, 'a')) });
  server.set('/b.xml', { body: rss('B', items(2, 'b')) });
  server.set('/page', { body: '<!doctype html><html><body>no feed</body></html>', contentType: 'text/html' });
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeOpml(name: string, urls: string[]): string {
  const file = join(dir, name);
  const outlines = urls.map((url, i) => `<outline type="rss" text="Feed ${i}" xmlUrl="${url}"/>`).join('');
  writeFileSync(
    file,
    `<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="News">${outlines}</outline></body></opml>`,
  );
  return file;
}

function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stderr: { isTTY, columns: 100, write: (text: string) => void chunks.push(text) } };
}

describe('cli sync', () => {
  it('imports the OPML, refreshes with plain progress lines off a terminal, and prints a summary', async () => {
    const out = recorder(false);
    const opml = writeOpml('list.opml', [server.url('/a.xml'), server.url('/b.xml'), server.url('/page')]);
    const result = await syncCommand({ dataDir: join(dir, 'lib1'), opml }, { stderr: out.stderr });
    const summary = JSON.parse(result.output);
    expect(summary).toMatchObject({
      ok: true,
      imported: { feeds: 3 },
      feeds: 3,
      refreshed: 2,
      failed: 1,
      newArticles: 5,
    });
    expect(summary.failures[0].message).toMatch(/HTML page/);
    expect(result.exitCode).toBe(1);
    expect(out.chunks).toHaveLength(3);
    expect(out.chunks.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(out.chunks.at(-1)).toMatch(/3\/3 feeds, 5 new, 1 failed/);
  });

  it('redraws one line on a terminal', async () => {
    const out = recorder(true);
    const opml = writeOpml('one.opml', [server.url('/a.xml')]);
    const result = await syncCommand({ dataDir: join(dir, 'lib2'), opml }, { stderr: out.stderr });
    expect(result.exitCode).toBe(0);
    expect(out.chunks[0]).toMatch(/^\r\[#+\] 1\/1 feeds/);
    expect(out.chunks.at(-1)).toBe('\n');
  });

  it('explains each command with --help and refuses unknown ones', async () => {
    expect((await runCli(['sync', '--help'])).output).toContain('sync --data-dir <dir> [--opml <file.opml>]');
    expect((await runCli(['--help'])).output).toMatch(
      /parse[\s\S]*extract[\s\S]*sync[\s\S]*import-opml[\s\S]*export-opml/,
    );
    expect((await runCli(['frobnicate'])).exitCode).toBe(2);
    expect((await runCli(['sync'])).exitCode).toBe(2);
  });

  it('works as the bundled dist/cli/cli.mjs', async () => {
    const outfile = await buildCli(join(dir, 'bundle'));
    const opml = writeOpml('bundled.opml', [server.url('/b.xml')]);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      outfile,
      'sync',
      '--data-dir',
      join(dir, 'lib3'),
      '--opml',
      opml,
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, feeds: 1, refreshed: 1, newArticles: 2 });
    expect(stderr).toMatch(/1\/1 feeds, 2 new, 0 failed\n$/);
    const parsed = await promisify(execFile)(process.execPath, [outfile, 'parse', server.url('/a.xml')]);
    expect(JSON.parse(parsed.stdout)).toMatchObject({ ok: true, feed: { title: 'A' } });
  }, 30_000);
});
