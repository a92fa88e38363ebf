/**
 * The rotating log file as a sink that never throws. The log is there to help a reader with a problem, so a log
 * folder that is a file, a read-only disk or a full one must never become a second problem: the record is
 * dropped, the trouble is told once (on the console — the log cannot say it cannot be written), and the file is
 * opened again after a pause, so logging comes back on its own when the disk does.
 */
import { getRotatingFileSink } from '@logtape/file';
import type { Sink, TextFormatter } from '@logtape/logtape';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogRotation } from './log-files';

export interface ResilientFileSinkOptions {
  path: string;
  formatter: TextFormatter;
  rotation: LogRotation;
  /** Called with the first error of each outage. */
  onTrouble: (error: unknown) => void;
  /** After a failure, records are dropped for this long before the file is tried again. */
  retryAfterMs?: number;
  now?: () => number;
}

export function createResilientFileSink(options: ResilientFileSinkOptions): Sink & Disposable {
  const now = options.now ?? Date.now;
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  let file: (Sink & Disposable) | null = null;
  let failedAt: number | null = null;
  let disposed = false;

  const open = (): Sink & Disposable => {
    mkdirSync(dirname(options.path), { recursive: true });
    // Unbuffered: each record is on disk before the call returns, so the lines before a crash are kept.
    return getRotatingFileSink(options.path, {
      formatter: options.formatter,
      maxSize: options.rotation.maxSize,
      maxFiles: options.rotation.maxFiles,
      bufferSize: 0,
    });
  };

  const close = (): void => {
    const current = file;
    file = null;
    try {
      current?.[Symbol.dispose]();
    } catch {
      // Closing a file that failed can fail too; there is nothing left to save.
    }
  };

  const sink: Sink = (record) => {
    if (disposed) return;
    if (failedAt !== null && now() - failedAt < retryAfterMs) return;
    try {
      file ??= open();
      file(record);
      failedAt = null;
    } catch (error) {
      close();
      if (failedAt === null) options.onTrouble(error);
      failedAt = now();
    }
  };
  const dispose = (): void => {
    disposed = true;
    close();
  };
  return Object.assign(sink, { [Symbol.dispose]: dispose });
}
