import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import {
  MAX_THUMBNAIL_BYTES,
  shrinkImage,
  THUMBNAIL_BOX,
  type ShrinkOutcome,
} from '../../../electron/core/images/shrink-image';
import { jpegClaiming, photo, pngBomb, sidewaysJpeg, transparentPng, truncated } from './support/real-images';

const made = (outcome: ShrinkOutcome) => {
  if (outcome.kind !== 'made') throw new Error(`expected a thumbnail, got ${outcome.kind}: ${JSON.stringify(outcome)}`);
  return outcome;
};

describe('shrinking a cached picture', () => {
  test.each([
    ['a 1600 × 1000 JPEG', () => photo(1600, 1000), [400, 250]],
    ['a 1200 × 900 PNG', () => photo(1200, 900, 'png'), [400, 300]],
    ['a 900 × 1200 WebP', () => photo(900, 1200, 'webp'), [300, 400]],
    ['a 480 × 360 GIF', () => photo(480, 360, 'gif'), [400, 300]],
    ['a 480 × 360 AVIF', () => photo(480, 360, 'avif'), [400, 300]],
    ['a picture already small', () => photo(200, 120), [200, 120]],
  ] as const)('%s becomes a small WebP inside the box', async (_name, input, [width, height]) => {
    const thumbnail = made(await shrinkImage(await input()));
    expect([thumbnail.width, thumbnail.height]).toEqual([width, height]);
    expect(thumbnail.bytes.byteLength).toBeLessThanOrEqual(MAX_THUMBNAIL_BYTES);
    const meta = await sharp(thumbnail.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width, height });
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(THUMBNAIL_BOX);
  });

  test('a phone photo stored sideways comes out upright, with no metadata left', async () => {
    const thumbnail = made(await shrinkImage(await sidewaysJpeg()));
    expect([thumbnail.width, thumbnail.height]).toEqual([400, 150]);
    const meta = await sharp(thumbnail.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  test('transparency is kept (a logo is not put on black)', async () => {
    const thumbnail = made(await shrinkImage(await transparentPng()));
    const { data, info } = await sharp(thumbnail.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    expect(data[3]).toBe(0); // the top-left corner is still see-through
  });

  test.each([
    ['a truncated JPEG', async () => truncated(await photo(1600, 1000))],
    ['a truncated PNG', async () => truncated(await photo(800, 600, 'png'))],
    [
      'a PNG signature followed by junk',
      async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    ],
    ['an HTML page labelled image/png', async () => new TextEncoder().encode('<html><script>alert(1)</script></html>')],
    ['an SVG', async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')],
    [
      'a TIFF (not a type the cache keeps)',
      async () =>
        new Uint8Array(
          await sharp(await photo(64, 64))
            .tiff()
            .toBuffer(),
        ),
    ],
    ['a JPEG whose header claims 60,000 × 60,000', () => jpegClaiming(60_000, 60_000)],
    ['empty bytes', async () => new Uint8Array(0)],
  ])('%s is refused, without a crash', async (_name, input) => {
    const outcome = await shrinkImage(await input());
    expect(outcome.kind).toBe('refused');
  });

  test('a 30,000 × 30,000 PNG bomb is refused from its header, in bounded memory', async () => {
    const bomb = pngBomb(30_000);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const outcome = await shrinkImage(bomb);
    const grown = process.memoryUsage().rss - before;
    expect(outcome).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/pixel limit/i) });
    // Decoding it would take 900 MB; refusing it takes next to nothing.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  test('without a codec in this runtime, the picture is left for later rather than refused', async () => {
    expect(await shrinkImage(await photo(64, 64), async () => null)).toMatchObject({ kind: 'unavailable' });
  });
});
