import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodingPlan } from '../../../electron/core/net/content-decoding';
import { BodyTooLargeError, readBody } from '../../../electron/core/net/read-body';

const text = 'Broadsheet '.repeat(2000);
const plain = Buffer.from(text);

/** Feeds the body a few bytes at a time, as a slow network would. */
const trickle = (bytes: Buffer, size = 3) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );

async function decode(header: string, bytes: Buffer, maxBytes = 1024 * 1024): Promise<string> {
  const plan = decodingPlan(header);
  if (!plan.ok) throw new Error(`unsupported ${plan.encoding}`);
  return Buffer.from(await readBody(trickle(bytes), plan.stages, maxBytes)).toString();
}

describe('decodingPlan', () => {
  it.each(['', 'identity', ' IDENTITY '])('needs no stage for %j', (header) => {
    expect(decodingPlan(header)).toEqual({ ok: true, stages: [] });
  });

  it.each([['compress'], ['zstd'], ['gzip, snappy']])('refuses %j', (header) => {
    expect(decodingPlan(header).ok).toBe(false);
  });
});

describe('readBody with decoding', () => {
  it.each([
    ['gzip', gzipSync(plain)],
    ['x-gzip', gzipSync(plain)],
    ['GZIP', gzipSync(plain)],
    ['deflate', deflateSync(plain)],
    ['deflate', deflateRawSync(plain)],
    ['br', brotliCompressSync(plain)],
  ])('undoes %s arriving in 3-byte pieces', async (header, bytes) => {
    expect(await decode(header, bytes)).toBe(text);
  });

  it('undoes stacked encodings right to left', async () => {
    expect(await decode('deflate, gzip', gzipSync(deflateSync(plain)))).toBe(text);
  });

  it('reports truncated gzip as damaged', async () => {
    const bytes = gzipSync(plain);
    await expect(decode('gzip', bytes.subarray(0, bytes.length - 10))).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
  });

  it('counts the cap after decompression', async () => {
    await expect(decode('gzip', gzipSync(plain), 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('counts the cap on the compressed bytes too', async () => {
    // Stored (level 0) deflate is bigger than its input: the wire cap fires first.
    await expect(decode('gzip', gzipSync(plain, { level: 0 }), plain.length)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('joins an uncompressed body in one piece', async () => {
    const body = await readBody(trickle(plain, 1000), [], plain.length);
    expect(Buffer.from(body).toString()).toBe(text);
  });
});
