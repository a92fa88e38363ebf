/**
 * Where an export's bytes go as they are made: straight to a file, so a
 * 5,000-article export never exists whole in memory. Writes are synchronous
 * (the core runs in its own worker thread) which keeps every format a simple
 * loop with natural back-pressure.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';

export interface ByteSink {
  write(chunk: Uint8Array | string): void;
  readonly bytes: number;
  close(): void;
  /** Closes and removes the partial file. */
  abort(): void;
}

export function fileSink(path: string): ByteSink {
  const fd = openSync(path, 'wx', 0o600);
  let bytes = 0;
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(chunk) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let offset = 0;
      while (offset < data.byteLength) offset += writeSync(fd, data, offset, data.byteLength - offset);
      bytes += data.byteLength;
    },
    get bytes() {
      return bytes;
    },
    close,
    abort() {
      close();
      rmSync(path, { force: true });
    },
  };
}
