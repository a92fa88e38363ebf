import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/core/feeds/parse-command';
import { rss } from './support';

describe('parse command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-parse-'));

  it('prints the normalized feed as JSON', () => {
    const file = join(dir, 'feed.xml');
    writeFileSync(file, rss('<item><title>Hello &amp; welcome</title><link>https://example.com/1</link></item>'));
    const result = parseCommand(file, Date.UTC(2024, 0, 1));
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.output);
    expect(json).toMatchObject({
      ok: true,
      version: 'rss20',
      feed: { title: 'T', articles: [{ title: 'Hello & welcome', url: 'https://example.com/1' }] },
    });
  });

  it('explains what is wrong with a page that is not a feed', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<!DOCTYPE html><html><body>hi</body></html>');
    const result = parseCommand(file);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toMatchObject({ ok: false, kind: 'html' });
  });

  it('reports a missing file', () => {
    expect(parseCommand(join(dir, 'missing.xml')).exitCode).toBe(2);
  });
});
