import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractCommand, extractFromArgv } from '../../../electron/core/cli/extract-command';
import { runCli } from '../../../electron/core/cli/main';
import {
  exportOpmlCommand,
  exportOpmlFromArgv,
  importOpmlCommand,
  importOpmlFromArgv,
} from '../../../electron/core/cli/opml-commands';
import { parseArgs } from '../../../electron/core/cli/parse-args';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import { makeTempDir } from '../../support/temp-dir';
import {
  blurbPhrase,
  clientRenderedStory,
  storyFeedText,
  storyLastSentence,
} from '../sync/support/client-rendered-story';

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

describe('extract command: the sync’s verdict', () => {
  const URL = 'https://courier.example/ferry';
  const save = (name: string, text: string) => {
    const path = join(dir.path, name);
    writeFileSync(path, text);
    return path;
  };

  it('judges every candidate against --feed-text-file as the sync does: the site’s blurb gives way to the JSON-LD story', () => {
    const page = save('ferry.html', clientRenderedStory('Ferry returns'));
    const withFeed = extractFromArgv([page, '--url', URL, '--feed-text-file', save('feed.txt', storyFeedText)]);
    expect(withFeed.exitCode).toBe(0);
    const judged = JSON.parse(withFeed.output);
    expect(judged).toMatchObject({ verdict: 'credible', ok: true, article: { source: 'json-ld' } });
    expect(judged.article.textContent).toContain(storyLastSentence);

    // Without the feed's text the blurb passes, as it would for a feed that says nothing.
    const alone = JSON.parse(extractFromArgv([page, '--url', URL]).output);
    expect(alone).toMatchObject({ verdict: 'credible', article: { source: 'readability' } });
    expect(alone.article.textContent).toContain(blurbPhrase);
  });

  it('says not-credible, with why, when nothing on the page holds up against the feed’s text (HTML or plain)', () => {
    const loginBar = save(
      'bar.html',
      '<html><body><div><a href="/login">Sign in</a> / <a href="/register">Register</a></div><p>Subscribe for full access.</p></body></html>',
    );
    const feed = save('feed.html', `<p>${storyFeedText}</p>`);
    const result = extractCommand({ file: loginBar, url: URL, feedTextFile: feed });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toMatchObject({
      verdict: 'not-credible',
      ok: false,
      message: 'The full text couldn’t be extracted from this page.',
      why: expect.stringMatching(/words where the feed or page summary has 1\d\d/),
    });
  });

  it('reports an unreadable feed text file, and says what the verdict means in its help', async () => {
    const page = save('ferry.html', clientRenderedStory('Ferry returns'));
    const missing = extractFromArgv([page, '--url', URL, '--feed-text-file', join(dir.path, 'none.txt')]);
    expect(missing.exitCode).toBe(2);
    expect(JSON.parse(missing.output).error).toMatch(/^cannot read .*none\.txt/);
    const help = (await runCli(['extract', '--help'])).output;
    expect(help).toContain('--feed-text-file');
    expect(help).toMatch(/verdict the sync would reach/);
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
