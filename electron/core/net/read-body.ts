/** Thrown inside the fetcher only; `fetchResource` turns it into a TOO_LARGE result. */
import { Readable } from 'node:stream';
import type { DecodeStage } from './content-decoding';

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`body exceeds ${maxBytes} bytes`);
  }
}

/**
 * Reads a response body through its decoders, keeping at most `maxBytes`
 * of decoded output (and of compressed input, so a stream of empty deflate
 * blocks cannot run forever either). Chunks are joined once at the end so a
 * big feed costs one copy, not one per chunk. Stopping early destroys the
 * whole chain, which closes the connection.
 */
export async function readBody(body: Readable, stages: DecodeStage[], maxBytes: number): Promise<Uint8Array> {
  const source = stages.length > 0 ? Readable.from(capped(body, maxBytes)) : body;
  const decoded = stages.reduce<Readable>((stream, stage) => stage(stream), source);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

async function* capped(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
    yield chunk;
  }
}
