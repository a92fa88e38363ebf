import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, NOW, type Fixture } from '../library/support/library-fixture';

/**
 * A library whose bookmarks hold 30 MB of article HTML is backed up and
 * restored by a process whose JavaScript heap is limited to 48 MB (the
 * articles as one JSON document, and again as records, would not fit): it
 * only finishes if both stream page by page (loose on purpose: a bound,
 * not a measurement).
 */
const ARTICLES = 600;
const HTML_BYTES = 50_000;
let script: string;
let fixture: Fixture;
const cleanup: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-large-'));
  cleanup.push(dir);
  script = join(dir, 'child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'support', 'large-backup-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: script,
    logLevel: 'silent',
  });
  fixture = createFixture();
  const feed = fixture.addFeed('Big');
  const db = fixture.library.db();
  const insert = db.prepare(
    `INSERT INTO articles (feed_id, identity, title, sort_time, content_html, text, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, 'short', ?, 'h') RETURNING id`,
  );
  db.exec('BEGIN');
  for (let i = 0; i < ARTICLES; i++) {
    const html = `<p>${`article ${i} paragraph `.repeat(HTML_BYTES / 10)}`.slice(0, HTML_BYTES);
    const { id } = insert.get(Number(feed), `g:${i}`, `Article ${i}`, NOW - i, html, NOW) as { id: number };
    db.prepare('INSERT INTO bookmarks (article_id, created_at) VALUES (?, ?)').run(id, NOW);
  }
  db.exec('COMMIT');
  fixture.library.close();
});
afterAll(() => {
  fixture?.dispose();
  cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function runChild(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=48', script, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a large library', () => {
  it('is backed up and restored with a bounded heap', async () => {
    const result = await runChild(fixture.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      counts: { bookmarks: number };
      restored: { added: number };
      stored: { n: number; bytes: number };
      targetDir: string;
    };
    cleanup.push(out.targetDir);
    expect(out.counts.bookmarks).toBe(ARTICLES);
    expect(out.restored.added).toBe(ARTICLES);
    expect(out.stored).toEqual({ n: ARTICLES, bytes: ARTICLES * HTML_BYTES });
  }, 60_000);
});
