import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFeed, listFeeds } from '../../../electron/core/library/feeds';
import { createSection, listSections } from '../../../electron/core/library/sections';
import { openLibrary, type Library } from '../../../electron/core/library/open-library';
import { exportOpml } from '../../../electron/core/opml/export-opml';
import { applyOpmlImport, gatherOpmlExport } from '../../../electron/core/opml/library-opml';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import type { OpmlDocument } from '../../../electron/core/opml/types';
import { makeTempDir } from '../../support/temp-dir';

const NOW = Date.UTC(2026, 0, 1);
let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(() => {
  dir = makeTempDir();
  library = openLibrary(join(dir.path, 'library.sqlite'), { skipIntegrityCheck: true });
});
afterEach(() => {
  library.close();
  dir.cleanup();
});

function doc(input: string | Uint8Array): OpmlDocument {
  const result = parseOpml(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url));

describe('applyOpmlImport', () => {
  it('creates sections and feeds and reports imported, skipped and invalid counts', () => {
    const db = library.db();
    const result = applyOpmlImport(db, doc(fixture('nested-2.0.opml')), NOW);
    expect(result).toMatchObject({ imported: 4, skipped: 1, invalid: 3, sectionsCreated: 2 });
    expect(listSections(db).map((section) => section.name)).toEqual(['News', 'Tech']);
    const feeds = listFeeds(db);
    expect(feeds.map((feed) => [feed.title, feed.url])).toContainEqual([
      'World news',
      'https://news.example.com/world/rss.xml',
    ]);
    expect(feeds.find((feed) => feed.title === 'Loose feed')?.sectionId).toBeNull();
  });

  it('reuses sections by name and skips feeds the reader already follows', () => {
    const db = library.db();
    const news = createSection(db, 'news', NOW);
    addFeed(db, { url: 'https://news.example.com/asia/feed', title: 'Mine' }, NOW);
    const result = applyOpmlImport(db, doc(fixture('nested-2.0.opml')), NOW);
    expect(result).toMatchObject({ imported: 3, skipped: 2, sectionsCreated: 1 });
    expect(result.entries).toContainEqual(
      expect.objectContaining({
        url: 'https://news.example.com/asia/feed',
        status: 'skipped',
        reason: 'you already follow this feed',
      }),
    );
    expect(listFeeds(db).find((feed) => feed.title === 'World news')?.sectionId).toBe(news.id);
    expect(applyOpmlImport(db, doc(fixture('nested-2.0.opml')), NOW)).toMatchObject({
      imported: 0,
      sectionsCreated: 0,
    });
  });

  it('is all or nothing', () => {
    const db = library.db();
    const bad = doc(fixture('nested-2.0.opml'));
    // A title the store cannot take (not a string) fails mid-way, after sections were created.
    bad.feeds[2] = { ...bad.feeds[2]!, title: null as unknown as string };
    expect(() => applyOpmlImport(db, bad, NOW)).toThrow();
    expect(listSections(db)).toEqual([]);
    expect(listFeeds(db)).toEqual([]);
  });

  it('imports 10,000 feeds in one transaction', () => {
    const outlines = Array.from(
      { length: 10_000 },
      (_, i) => `<outline type="rss" text="Feed ${i}" xmlUrl="https://f${i}.example.com/rss"/>`,
    );
    const parsed = doc(`<opml version="2.0"><body><outline text="Many">${outlines.join('')}</outline></body></opml>`);
    const result = applyOpmlImport(library.db(), parsed, NOW);
    expect(result.imported).toBe(10_000);
    expect(listFeeds(library.db())).toHaveLength(10_000);
  });
});

describe('library round trip', () => {
  it('export then import into an empty library keeps sections, titles and URLs', () => {
    const db = library.db();
    applyOpmlImport(db, doc(fixture('nested-2.0.opml')), NOW);
    const xml = exportOpml(gatherOpmlExport(db));
    const before = listFeeds(db).map((feed) => ({ url: feed.url, title: feed.title, siteUrl: feed.siteUrl }));
    const sectionsBefore = listSections(db).map((section) => section.name);

    const other = makeTempDir();
    const second = openLibrary(join(other.path, 'library.sqlite'), { skipIntegrityCheck: true });
    try {
      applyOpmlImport(second.db(), doc(xml), NOW);
      expect(listSections(second.db()).map((section) => section.name)).toEqual(sectionsBefore);
      const after = listFeeds(second.db()).map((feed) => ({ url: feed.url, title: feed.title, siteUrl: feed.siteUrl }));
      expect(after).toEqual(before);
    } finally {
      second.close();
      other.cleanup();
    }
  });
});
