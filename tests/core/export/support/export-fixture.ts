import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ExportRequestSchema, type ExportRequest } from '../../../../electron/api/methods/exports';
import { runExport, type ExportOutput } from '../../../../electron/core/export/run-export';
import { imagesDir } from '../../../../electron/core/images/cache-paths';
import { storeImageFile } from '../../../../electron/core/images/store-image';
import { linkArticleImages, recordImage } from '../../../../electron/core/images/image-index';
import type { ParsedEntry } from '../../../../electron/core/library/articles/parsed-entry';
import { setBookmark } from '../../../../electron/core/library/bookmarks';
import { createFixture, HOUR, NOW, type Fixture } from '../../library/support/library-fixture';
import { solidPng } from '../../../support/png';

/** A library with a section, a feed, articles, bookmarks and cached pictures, and a way to export from it. */
export interface ExportFixture extends Fixture {
  sectionId: string;
  feedId: string;
  /** Adds articles; `picture` caches one PNG for each (shown in its content). */
  addArticles(
    count: number,
    options?: { picture?: boolean; bookmark?: boolean; html?: (i: number) => string; prefix?: string },
  ): Promise<string[]>;
  exportAs(
    request: Omit<ExportRequest, 'options'> & { options?: Partial<ExportRequest['options']> },
  ): Promise<ExportOutput>;
}

export function createExportFixture(): ExportFixture {
  const f = createFixture();
  const sectionId = f.addSection('World');
  const feedId = f.addFeed('The Daily Planet', sectionId);
  let made = 0;
  return {
    ...f,
    sectionId,
    feedId,
    async addArticles(count, options = {}) {
      const prefix = options.prefix ?? 'story';
      const entries: ParsedEntry[] = Array.from({ length: count }, (_, i) => {
        const n = made + i;
        const picture = options.picture
          ? `<figure><img src="https://images.example/${prefix}-${n}.png" alt="Picture ${n}"><figcaption>Caption ${n}</figcaption></figure>`
          : '';
        return {
          guid: `${prefix}-${n}`,
          url: `https://news.example/${prefix}/${n}`,
          title: `${prefix} number ${n}: a headline`,
          author: 'Lois Lane',
          publishedAt: NOW - n * HOUR,
          contentHtml: options.html
            ? options.html(n)
            : `<p>First paragraph of ${prefix} ${n}, with <em>emphasis</em> and a <a href="https://news.example/more">link</a>.</p>${picture}<ul><li>one</li><li>two</li></ul>`,
        };
      });
      made += count;
      const ids = f.ingest(feedId, entries);
      const db = f.library.db();
      for (const [i, id] of ids.entries()) {
        if (options.bookmark) setBookmark(db, id, { tags: ['keep', `t${i % 3}`], note: `Note ${i}` }, NOW);
        if (options.picture) {
          const url = `https://images.example/${prefix}-${made - count + i}.png`;
          const bytes = solidPng(4, 3, [i % 256, 80, 160]);
          const stored = await storeImageFile(imagesDir(f.dir), bytes);
          recordImage(
            db,
            { url, contentHash: stored.contentHash, mimeType: 'image/png', byteSize: stored.byteSize },
            NOW,
          );
          linkArticleImages(db, id, [url]);
        }
      }
      return ids;
    },
    exportAs(request) {
      const parsed = ExportRequestSchema.parse(request);
      const outDir = mkdtempSync(join(f.dir, 'out-'));
      return runExport({ db: f.library.db(), imagesRoot: imagesDir(f.dir), request: parsed, outDir, now: NOW });
    },
  };
}
