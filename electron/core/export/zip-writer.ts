/**
 * A zip archive written entry by entry into a sink: fflate's streaming Zip
 * lays out the archive; each entry is compressed whole by Node's native
 * zlib (fflate's own deflater costs over a millisecond to set up per entry,
 * which a 5,000-chapter book feels). Only the entry being added is in memory.
 * `store` keeps an entry uncompressed, as EPUB requires of its first entry,
 * `mimetype`, and as already-compressed pictures deserve.
 */
import { Zip, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import type { ByteSink } from './byte-sink';

export interface ZipWriter {
  add(name: string, data: Uint8Array | string, options?: { store?: boolean }): void;
  end(): void;
}

const DEFLATE = 8;

export function zipWriter(sink: ByteSink): ZipWriter {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else sink.write(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    add(name, data, options = {}) {
      const bytes = typeof data === 'string' ? strToU8(data) : data;
      if (options.store) {
        const entry = new ZipPassThrough(name);
        zip.add(entry);
        entry.push(bytes, true);
      } else {
        const entry: ZipInputFile = { filename: name, compression: DEFLATE, size: bytes.byteLength, crc: crc32(bytes) };
        zip.add(entry);
        entry.ondata!(null, deflateRawSync(bytes), true);
      }
      check();
    },
    end() {
      zip.end();
      check();
    },
  };
}
