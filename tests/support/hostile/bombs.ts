import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/**
 * Decompression bombs: a few hundred KB on the wire, 128 MiB of zeros once
 * inflated. Built by streaming (never holding 128 MiB) and cached per test
 * process because gzip at level 9 takes most of a second.
 */
export const BOMB_INFLATED_BYTES = 128 * 1024 * 1024;

export interface Bombs {
  gzip: Buffer;
  brotli: Buffer;
}

let cached: Promise<Bombs> | undefined;

export function bombs(): Promise<Bombs> {
  cached ??= Promise.all([
    buffer(zeros().pipe(createGzip({ level: 9 }))),
    buffer(
      zeros().pipe(
        createBrotliCompress({
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: BOMB_INFLATED_BYTES },
        }),
      ),
    ),
  ]).then(([gzip, brotli]) => ({ gzip, brotli }));
  return cached;
}

function zeros(): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  return Readable.from(
    (function* () {
      for (let written = 0; written < BOMB_INFLATED_BYTES; written += chunk.length) yield chunk;
    })(),
  );
}
