import { mkdtempSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportRequestSchema, type ExportFormat } from '../../../electron/api/methods/exports';
import { runExport } from '../../../electron/core/export/run-export';
import { imagesDir } from '../../../electron/core/images/cache-paths';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from './support/export-fixture';

/**
 * 5,000 articles of about 2 KB each (some 10 MB of HTML, 5,000 chapters and
 * table-of-contents entries): the export streams page by page, so the heap
 * grows by a fraction of what the file holds. The bound is
 * loose on purpose (garbage collection timing varies); holding the whole
 * export in memory as strings would pass it several times over.
 */
const COUNT = 5000;
const PARAGRAPH = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(14)}</p>`;
let f: ExportFixture;

beforeAll(async () => {
  f = createExportFixture();
  for (let done = 0; done < COUNT; done += 1000) {
    await f.addArticles(1000, { html: (i) => `<h2>Part ${i}</h2>${PARAGRAPH.repeat(2)}` });
  }
}, 240_000);
afterAll(() => f.dispose());

describe('a 5,000-article export', () => {
  test.each<ExportFormat>(['html', 'epub', 'json'])(
    '%s finishes with bounded memory',
    async (format) => {
      const request = ExportRequestSchema.parse({ what: { kind: 'scope', scope: { kind: 'all' } }, format });
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const output = await runExport({
        db: f.library.db(),
        imagesRoot: imagesDir(f.dir),
        request,
        outDir: mkdtempSync(join(f.dir, 'big-')),
        now: NOW,
        onProgress: () => {
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
      });
      expect(output.articleCount).toBe(COUNT);
      expect(statSync(output.path).size).toBe(output.byteLength);
      if (format !== 'epub') expect(output.byteLength).toBeGreaterThan(COUNT * 1600);
      const growthMb = (peak - before) / 1024 / 1024;
      console.log(
        `${format}: ${Math.round(output.byteLength / 1024 / 1024)} MB written, heap grew ${Math.round(growthMb)} MB at most`,
      );
      expect(growthMb).toBeLessThan(200);
    },
    240_000,
  );
});
