/**
 * One export from selection to finished file. Articles are loaded and
 * written PAGE at a time, and between pages the worker's event loop gets a
 * turn, so progress events go out and a cancel request is heard. On any
 * failure or cancel the partial file is removed.
 */
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../api/errors';
import type { ExportProgress, ExportRequest } from '../../api/methods/exports';
import { all, placeholders, type Db } from '../db/sql';
import { fileSink } from './byte-sink';
import { articlePictures } from './export-images';
import { loadRecords } from './export-record';
import { defaultTitle } from './export-title';
import { fileStem } from './file-stem';
import { FORMATS } from './formats';
import type { OutlineEntry } from './format-writer';
import { selectArticleIds } from './select-articles';

export interface ExportJob {
  db: Db;
  /** The image cache folder (images/ in the data folder). */
  imagesRoot: string;
  request: ExportRequest;
  /** An existing, empty folder the file is written into. */
  outDir: string;
  now: number;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

/** What an export will write, decided before anything is: its articles, title and kind of file. */
export interface ExportPlan {
  ids: number[];
  outline: OutlineEntry[];
  title: string;
  fileName: string;
  extension: string;
  mimeType: string;
}

export interface ExportOutput {
  path: string;
  fileName: string;
  mimeType: string;
  byteLength: number;
  articleCount: number;
}

const PAGE = 25;

export function planExport(db: Db, request: ExportRequest, now: number): ExportPlan {
  const ids = selectArticleIds(db, request.what, now);
  if (ids.length === 0) throw new ApiError('NOT_FOUND', 'There is nothing to export: the selection holds no articles.');
  const outline = loadOutline(db, ids);
  const title = request.options.title?.trim() || defaultTitle(db, request.what, outline);
  const { extension, mimeType } = FORMATS[request.format].describe(ids.length, request.options);
  const fileName = `${fileStem(title)}${request.format === 'netscape' ? '-bookmarks' : ''}.${extension}`;
  return { ids, outline, title, fileName, extension, mimeType };
}

/** Writes the export; `plan` is the one made beforehand by a caller that checked it (the CLI), else made here. */
export async function runExport(job: ExportJob, plan?: ExportPlan): Promise<ExportOutput> {
  const { db, request } = job;
  const { ids, outline, title, fileName, mimeType } = plan ?? planExport(db, request, job.now);
  const spec = FORMATS[request.format];
  const path = join(job.outDir, fileName);
  const sink = fileSink(path);
  try {
    const writer = spec.open(sink, {
      title,
      exportedAt: new Date(job.now),
      options: request.options,
      outline,
      pictures: (record) => articlePictures(db, job.imagesRoot, record),
    });
    let done = 0;
    job.onProgress?.({ done, total: ids.length });
    for (let i = 0; i < ids.length; i += PAGE) {
      for (const record of loadRecords(db, ids.slice(i, i + PAGE))) writer.add(record);
      done = Math.min(ids.length, i + PAGE);
      job.onProgress?.({ done, total: ids.length });
      await nextTurn();
      if (job.signal?.aborted) throw new ApiError('CANCELLED', 'The export was cancelled.');
    }
    writer.finish();
    sink.close();
    return { path, fileName, mimeType, byteLength: sink.bytes, articleCount: ids.length };
  } catch (error) {
    sink.abort();
    throw error;
  }
}

function loadOutline(db: Db, ids: readonly number[]): OutlineEntry[] {
  const found = new Map<number, { title: string; language: string | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    for (const row of all<{ id: number; title: string; language: string | null }>(
      db,
      `SELECT id, title, language FROM articles WHERE id IN (${placeholders(part.length)})`,
      ...part,
    )) {
      found.set(row.id, { title: row.title, language: row.language });
    }
  }
  return ids.map((rowId) => ({
    rowId,
    title: found.get(rowId)?.title ?? '',
    language: found.get(rowId)?.language ?? null,
  }));
}
