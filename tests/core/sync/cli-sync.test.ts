import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/core/cli/main';
import { syncCommand } from '../../../electron/core/cli/sync-command';
import { inThreadFeedReader, type FeedReader } from '../../../electron/core/sync/reading/read-feed-document';
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
    // A feed that is not a feed any more is the publisher's doing, not the app's: reported, exit 0.
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
    expect(summary.failures[0]).toMatchObject({ cause: 'not-a-feed', message: expect.stringMatching(/HTML page/) });
    expect(summary.accounts).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(out.chunks).toHaveLength(3);
    expect(out.chunks.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(out.chunks.at(-1)).toMatch(/3\/3 feeds, 5 new, 1 failed/);
  });

  it('exits 1, "ok": false, only when the app itself failed on a feed', async () => {
    // The app's own reading code failing on a document (the reading thread dying does the same).
    const broken: FeedReader = {
      ...inThreadFeedReader,
      read: async () => ({
        ok: false,
        cause: 'internal',
        message: 'Broadsheet could not read this feed (internal error: boom).',
      }),
      close: async () => undefined,
    };
    const opml = writeOpml('broken.opml', [server.url('/a.xml')]);
    const result = await syncCommand(
      { dataDir: join(dir, 'lib-broken'), opml },
      { stderr: recorder(false).stderr, engine: { reader: broken } },
    );
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toMatchObject({ ok: false, failed: 1, failures: [{ cause: 'internal' }] });
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
    const help = (await runCli(['sync', '--help'])).output;
    expect(help).toContain('sync --data-dir <dir> [--opml <file.opml>] [--account <id> --password-stdin]');
    expect(help).toContain('no keychain here: a file readable only by you');
    expect(help).toMatch(/Exits 0 when every feed and account synced or failed for a reason outside the app/);
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
