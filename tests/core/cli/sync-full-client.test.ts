import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/api/settings-schema';
import { syncCommand } from '../../../electron/core/cli/sync-command';
import { importBookmarks } from '../../../electron/core/imports/import-bookmarks';
import { addFeed } from '../../../electron/core/library/feeds';
import { openLibrary } from '../../../electron/core/library/open-library';
import { LIBRARY_FILE } from '../../../electron/core/service';
import { NOW } from '../library/support/library-fixture';
import { rss, startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { call, createHarness, type Harness } from '../sync/support/sync-harness';
import { solidPng } from '../../support/png';

/**
 * `sync` is a full client: after it, the library folder holds what the app
 * would have kept — feed pictures offline, the full text of feeds set to
 * download full articles and of imported bookmarks, with their pictures —
 * under the settings in the folder's config.json. Checked by opening the
 * folder afterwards as the app does. Against a local 127.0.0.1 server.
 */
let server: FeedServer;
let dir: string;
let h: Harness | undefined;
const quiet = { write: () => undefined, isTTY: false };

beforeAll(async () => {
  server = await startFeedServer();
  for (const name of ['feed-pic', 'page-pic', 'saved-pic'])
    server.set(`/${name}.png`, { contentType: 'image/png', body: solidPng() });
  server.set('/pictures.xml', {
    body: rss('Pictures', [
      { guid: 'p1', title: 'Feed picture', description: `<p>Look</p><img src="${server.url('/feed-pic.png')}">` },
    ]),
  });
  server.set('/full.xml', {
    body: rss('Full', [{ guid: 'f1', title: 'Long read', link: server.url('/page'), description: 'A teaser' }]),
  });
  server.set('/page', { contentType: 'text/html; charset=utf-8', body: articlePage('Long read', '/page-pic.png') });
  server.set('/saved', { contentType: 'text/html; charset=utf-8', body: articlePage('Saved essay', '/saved-pic.png') });
});
afterAll(() => server.close());
afterEach(async () => {
  if (h) await h.dispose();
  else rmSync(dir, { recursive: true, force: true });
  h = undefined;
});

function articlePage(title: string, picture: string): string {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of ${title}, long enough that Readability treats it as the body of an article, with commas, clauses and detail.</p>`;
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
    ${paragraph(1)}<figure><img src="${picture}" alt="${title} picture"></figure>${[2, 3, 4, 5].map(paragraph).join('')}
    </article></body></html>`;
}

/** A library folder as the app would leave it: settings, two feeds (one downloading full articles), one imported bookmark. */
function prepareFolder(settings: Partial<Settings>, withFeeds = true): void {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-client-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ settings: { ...DEFAULT_SETTINGS, ...settings } }));
  const library = openLibrary(join(dir, LIBRARY_FILE), { skipIntegrityCheck: true });
  const db = library.db();
  if (withFeeds) {
    addFeed(db, { url: server.url('/pictures.xml'), title: 'Pictures' }, NOW);
    addFeed(db, { url: server.url('/full.xml'), title: 'Full', options: { fullText: true } }, NOW);
  }
  importBookmarks(db, `url,title\n${server.url('/saved')},Saved essay\n`, NOW);
  library.close();
}

/** The folder opened again as the app opens it: each article by title, with its text and its pictures' map. */
async function reopen() {
  h = createHarness({}, dir);
  const harness = h;
  const { items } = await call(harness, 'articles.list', { scope: { kind: 'all' } });
  const bookmarks = (await call(harness, 'articles.list', { scope: { kind: 'bookmarks' } })).items;
  const byTitle = async (title: string) => {
    const summary = [...items, ...bookmarks].find((item) => item.title === title)!;
    return {
      article: await call(harness, 'articles.get', summary.id),
      pictures: Object.keys(await call(harness, 'images.map', summary.id)),
    };
  };
  return byTitle;
}

describe('cli sync is a full client', () => {
  it('keeps feed pictures, full text and its pictures, and imported bookmarks’ pages offline', async () => {
    prepareFolder({ offlineImages: true });
    const result = await syncCommand({ dataDir: dir }, { stderr: quiet, now: () => NOW });
    expect(JSON.parse(result.output)).toMatchObject({ ok: true, feeds: 2, failed: 0 });

    const byTitle = await reopen();
    expect((await byTitle('Feed picture')).pictures).toEqual([server.url('/feed-pic.png')]);
    const longRead = await byTitle('Long read');
    expect(longRead.article.fullTextHtml).toContain('Paragraph 5 of Long read');
    expect(longRead.pictures).toEqual([server.url('/page-pic.png')]);
    const saved = await byTitle('Saved essay');
    expect(saved.article.fullTextHtml).toContain('Paragraph 5 of Saved essay');
    expect(saved.pictures).toEqual([server.url('/saved-pic.png')]);
  });

  it('follows the folder’s settings: with offline images off it saves full text but no picture', async () => {
    const hits = () => server.hits('/feed-pic.png') + server.hits('/page-pic.png') + server.hits('/saved-pic.png');
    const before = hits();
    prepareFolder({ offlineImages: false });
    const result = await syncCommand({ dataDir: dir }, { stderr: quiet, now: () => NOW });
    expect(result.exitCode).toBe(0);
    expect(hits()).toBe(before);

    const byTitle = await reopen();
    expect((await byTitle('Long read')).article.fullTextHtml).toContain('Paragraph 5 of Long read');
    expect((await byTitle('Saved essay')).article.fullTextHtml).toContain('Paragraph 5 of Saved essay');
    expect((await byTitle('Feed picture')).pictures).toEqual([]);
  });

  it('fetches imported bookmarks’ pages and pictures even in a folder with no feeds to refresh', async () => {
    prepareFolder({ offlineImages: true }, false);
    const result = await syncCommand({ dataDir: dir }, { stderr: quiet, now: () => NOW });
    expect(JSON.parse(result.output)).toMatchObject({ ok: true, feeds: 0 });

    const saved = await (await reopen())('Saved essay');
    expect(saved.article.fullTextHtml).toContain('Paragraph 5 of Saved essay');
    expect(saved.pictures).toEqual([server.url('/saved-pic.png')]);
  });
});
