import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractCommand, extractFromArgv } from '../../../electron/core/cli/extract-command';
import {
  exportOpmlCommand,
  exportOpmlFromArgv,
  importOpmlCommand,
  importOpmlFromArgv,
} from '../../../electron/core/cli/opml-commands';
import { parseArgs } from '../../../electron/core/cli/parse-args';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import { makeTempDir } from '../../support/temp-dir';

const fixtures = new URL('../../fixtures/', import.meta.url);
const fixturePath = (name: string) => fileURLToPath(new URL(name, fixtures));
const NOW = () => Date.UTC(2026, 2, 3);

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

describe('parseArgs', () => {
  it('reads positionals and --flag value / --flag=value', () => {
    expect(parseArgs(['a.html', '--url', 'https://x.example/', '--title=T'], ['url', 'title'])).toEqual({
      ok: true,
      args: { positionals: ['a.html'], flags: { url: 'https://x.example/', title: 'T' } },
    });
  });

  it.each([[['--nope', 'x']], [['--url']], [['--url', '--title', 'x']]])('refuses %j', (argv) => {
    expect(parseArgs(argv, ['url', 'title']).ok).toBe(false);
  });
});

describe('extract command', () => {
  it('prints the extracted article as JSON', () => {
    const result = extractCommand(
      { file: fixturePath('html/news-article.html'), url: 'https://www.coastal-ledger.example/news/x' },
      NOW,
    );
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.output)).toMatchObject({
      ok: true,
      article: { title: 'Harbour city opens flood barrier after decade of delays', siteName: 'The Coastal Ledger' },
    });
  });

  it('reports a missing file, a bad URL and missing arguments', () => {
    expect(extractCommand({ file: join(dir.path, 'missing.html'), url: 'https://x.example/' }).exitCode).toBe(2);
    expect(
      JSON.parse(extractCommand({ file: fixturePath('html/news-article.html'), url: 'javascript:x' }).output),
    ).toMatchObject({ ok: false, kind: 'invalid-url' });
    expect(extractFromArgv(['page.html']).exitCode).toBe(2);
    expect(JSON.parse(extractFromArgv([]).output).usage).toMatch(/^extract/);
  });
});

describe('OPML commands', () => {
  it('imports into a data folder and exports it again', () => {
    const imported = importOpmlCommand({ file: fixturePath('opml/nested-2.0.opml'), dataDir: dir.path }, NOW);
    expect(imported.exitCode).toBe(0);
    expect(JSON.parse(imported.output)).toMatchObject({
      ok: true,
      imported: 4,
      skipped: 1,
      invalid: 3,
      sectionsCreated: 2,
    });

    const exported = exportOpmlCommand({ dataDir: dir.path, title: 'Backup' }, NOW);
    expect(exported.exitCode).toBe(0);
    const doc = parseOpml(exported.output);
    expect(doc).toMatchObject({
      ok: true,
      title: 'Backup',
      sections: ['News', 'Tech'],
      dateCreated: 'Tue, 03 Mar 2026 00:00:00 GMT',
    });

    const file = join(dir.path, 'out.opml');
    const written = exportOpmlFromArgv(['--data-dir', dir.path, '--output', file]);
    expect(JSON.parse(written.output)).toMatchObject({ ok: true, sections: 2, feeds: 4 });
    expect(parseOpml(readFileSync(file))).toMatchObject({ ok: true, sections: ['News', 'Tech'] });
  });

  it('explains what is wrong', () => {
    const notOpml = join(dir.path, 'feed.xml');
    writeFileSync(notOpml, '<rss/>');
    expect(importOpmlCommand({ file: notOpml, dataDir: dir.path })).toMatchObject({ exitCode: 1 });
    expect(importOpmlCommand({ file: join(dir.path, 'missing.opml'), dataDir: dir.path })).toMatchObject({
      exitCode: 2,
    });
    expect(exportOpmlCommand({ dataDir: join(dir.path, 'nowhere') })).toMatchObject({ exitCode: 2 });
    expect(importOpmlFromArgv(['--data-dir', dir.path]).exitCode).toBe(2);
    expect(exportOpmlFromArgv(['stray']).exitCode).toBe(2);
  });
});
