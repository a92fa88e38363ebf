/**
 * Undoes Content-Encoding as a chain of streams, so a compressed body is
 * never held whole and a decompression bomb can be stopped at the body cap
 * (the consumer stops reading, back-pressure stops the inflater).
 */
import { Readable, pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type DecodeStage = (source: Readable) => Readable;

export type DecodingPlan = { ok: true; stages: DecodeStage[] } | { ok: false; encoding: string };

// Stream ends that are cut short surface as Z_BUF_ERROR: a truncated feed is damaged, not done.
const zlibStage =
  (make: () => NodeJS.ReadWriteStream & Readable): DecodeStage =>
  (source) =>
    pipeline(source, make(), ignore);

const stagesByEncoding: Record<string, DecodeStage> = {
  gzip: zlibStage(createGunzip),
  'x-gzip': zlibStage(createGunzip),
  deflate: (source) => Readable.from(inflateEitherWrapping(source)),
  br: zlibStage(createBrotliDecompress),
};

/** Reads `Content-Encoding: gzip, br` as "gzip was applied first", so decoding runs right to left. */
export function decodingPlan(header: string | undefined): DecodingPlan {
  const encodings = (header ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && token !== 'identity');
  const stages: DecodeStage[] = [];
  for (const encoding of encodings.reverse()) {
    const stage = stagesByEncoding[encoding];
    if (!stage) return { ok: false, encoding };
    stages.push(stage);
  }
  return { ok: true, stages };
}

/** True for errors raised by zlib or brotli on damaged input. */
export function isDecodeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('Z_') || code.startsWith('ERR__ERROR') || code.startsWith('ERR_BROTLI'))
  );
}

/**
 * "deflate" should mean the zlib format (RFC 1950), but many servers send raw
 * deflate (RFC 1951), as browsers have long tolerated. The two-byte zlib
 * header (CM=8, check bits) tells them apart.
 */
async function* inflateEitherWrapping(source: Readable): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const wrapped = head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
  const inflater = wrapped ? createInflate() : createInflateRaw();
  yield* pipeline(Readable.from(replay(head, iterator)), inflater, ignore);
}

async function* replay(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  yield* { [Symbol.asyncIterator]: () => rest };
}

function ignore(): void {
  // Errors reach the consumer through the returned stream; pipeline only needs a callback.
}
