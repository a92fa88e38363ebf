/**
 * Writes a zip to a file entry by entry, as it goes: nothing holds more than
 * the entry part being pushed. Every entry's SHA-256 is recorded for the
 * manifest. The file is written under a temporary name and renamed when
 * complete, so a half-written backup never carries the final name.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Zip, ZipPassThrough } from 'fflate';
import { NativeZipDeflate } from './native-deflate';

export interface ZipSink {
  /** Text written in parts (JSON lines): deflated. */
  openText(name: string): { write(text: string): void; close(): void };
  /** Bytes already compressed (images): stored as they are. */
  addBytes(name: string, bytes: Uint8Array): void;
  checksums(): Record<string, { sha256: string; bytes: number }>;
  /** Finishes the zip and moves it into place. */
  finish(): void;
  abort(): void;
}

const encoder = new TextEncoder();
/** Bytes gathered before a part is compressed. */
const PART_BYTES = 256 * 1024;

export function openZipSink(path: string): ZipSink {
  const temp = `${path}.part`;
  const fd = openSync(temp, 'w', 0o600);
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else if (data.length > 0) writeAll(fd, data);
  });
  const sums: Record<string, { sha256: string; bytes: number }> = {};
  const check = () => {
    if (failure) throw failure;
  };

  return {
    openText(name) {
      const entry = new NativeZipDeflate(name);
      zip.add(entry);
      const hash = createHash('sha256');
      let size = 0;
      // Small writes (one short JSON line each) are gathered so each deflate part is large.
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      const flush = (final: boolean) => {
        const part = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        entry.push(new Uint8Array(part.buffer, part.byteOffset, part.byteLength) as Uint8Array<ArrayBuffer>, final);
        check();
      };
      return {
        write(text) {
          const bytes = encoder.encode(text);
          hash.update(bytes);
          size += bytes.length;
          pending.push(bytes);
          pendingBytes += bytes.length;
          if (pendingBytes >= PART_BYTES) flush(false);
        },
        close() {
          flush(true);
          sums[name] = { sha256: hash.digest('hex'), bytes: size };
        },
      };
    },
    addBytes(name, bytes) {
      const entry = new ZipPassThrough(name);
      zip.add(entry);
      // Pushed whole, so the local header carries the size and a streaming reader can skip it.
      entry.push(bytes, true);
      sums[name] = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
      check();
    },
    checksums: () => ({ ...sums }),
    finish() {
      zip.end();
      check();
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temp, path);
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
      rmSync(temp, { force: true });
    },
  };
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}
