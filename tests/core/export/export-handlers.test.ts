import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EventName } from '../../../electron/api/contract';
import { ExportRequestSchema } from '../../../electron/api/methods/exports';
import { exportsDir, findExport } from '../../../electron/core/export/export-files';
import { createExportHandlers } from '../../../electron/core/export/export-handlers';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture, type ExportFixture } from './support/export-fixture';

/** The contract methods: a token for the finished file, progress events, one export at a time, cancel. */
let f: ExportFixture;
let events: { event: EventName; payload: unknown }[];
let handlers: ReturnType<typeof createExportHandlers>;
const request = (format: 'csv' | 'html' = 'csv') =>
  ExportRequestSchema.parse({ what: { kind: 'scope', scope: { kind: 'all' } }, format });

beforeEach(async () => {
  f = createExportFixture();
  await f.addArticles(60);
  events = [];
  handlers = createExportHandlers(f.library, {
    dataDir: f.dir,
    emit: (event, payload) => void events.push({ event, payload }),
    now: () => NOW,
  });
});
afterEach(() => f.dispose());

describe('exports.run', () => {
  test('answers with a token naming the finished file, after progress events', async () => {
    const result = await handlers['exports.run'](request());
    expect(result).toMatchObject({ fileName: 'all-articles.csv', mimeType: 'text/csv', articleCount: 60 });
    const file = findExport(f.dir, result.token);
    expect(file?.size).toBe(result.byteLength);
    const progress = events.filter((e) => e.event === 'exports.progress').map((e) => e.payload);
    expect(progress[0]).toEqual({ done: 0, total: 60 });
    expect(progress.at(-1)).toEqual({ done: 60, total: 60 });
  });

  test('refuses a second export while one runs, and cancel removes the partial file', async () => {
    const first = handlers['exports.run'](request('html'));
    await expect(handlers['exports.run'](request())).rejects.toMatchObject({ code: 'CONFLICT' });
    handlers['exports.cancel']();
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED', message: 'The export was cancelled.' });
    expect(readdirSync(exportsDir(f.dir))).toEqual([]);
    await expect(handlers['exports.run'](request())).resolves.toMatchObject({ articleCount: 60 });
  });

  test('a malformed or unknown token names no file', () => {
    expect(findExport(f.dir, '../../etc/passwd')).toBeNull();
    expect(findExport(f.dir, '0'.repeat(32))).toBeNull();
    expect(existsSync(exportsDir(f.dir))).toBe(false);
  });
});
