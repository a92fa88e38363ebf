/**
 * Reads a zip file front to back in 1 MB slices and hands each entry's bytes
 * to a consumer as they are inflated, so no entry (and not the file) has to
 * be held whole. Entries without a consumer are skipped. A file that is not
 * a zip yields no entries at all; the caller decides what that means.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';

export interface EntryConsumer {
  data(chunk: Uint8Array): void;
  end(): void;
}

const SLICE = 1024 * 1024;

export function readZipEntries(path: string, onEntry: (name: string) => EntryConsumer | null): void {
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    const consumer = failure === null ? onEntry(file.name) : null;
    if (!consumer) return;
    file.ondata = (error, chunk, final) => {
      if (failure !== null) return;
      try {
        if (error) throw error;
        if (chunk.length > 0) consumer.data(chunk);
        if (final) consumer.end();
      } catch (thrown) {
        failure = thrown;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(SLICE);
    for (;;) {
      const read = readSync(fd, buffer, 0, SLICE, null);
      if (read === 0) break;
      unzip.push(buffer.slice(0, read), false);
      if (failure !== null) throw failure;
    }
    try {
      unzip.push(new Uint8Array(0), true);
    } catch {
      // A truncated or foreign file ends mid-entry; the entries it lacks are reported by the caller.
    }
    if (failure !== null) throw failure;
  } finally {
    closeSync(fd);
  }
}

/** Collects an entry's text, refusing one larger than `max` bytes. */
export function textCollector(max: number, done: (text: string) => void): EntryConsumer {
  const parts: Uint8Array[] = [];
  let size = 0;
  return {
    data(chunk) {
      size += chunk.length;
      if (size > max) throw new Error('an entry is larger than a backup ever writes');
      parts.push(chunk);
    },
    end() {
      done(Buffer.concat(parts).toString('utf8'));
    },
  };
}

/** Splits an entry's text into lines as it streams, handing over each complete line. */
export function lineReader(onLine: (line: string) => void, maxLine = 64 * 1024 * 1024): EntryConsumer {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  return {
    data(chunk) {
      pending += decoder.decode(chunk, { stream: true });
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.length > 0) onLine(line);
        newline = pending.indexOf('\n');
      }
      if (pending.length > maxLine) throw new Error('a line is longer than a backup ever writes');
    },
    end() {
      pending += decoder.decode();
      if (pending.length > 0) onLine(pending);
      pending = '';
    },
  };
}
