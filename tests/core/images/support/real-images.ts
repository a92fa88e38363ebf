/**
 * Real, decodable pictures for the thumbnail tests, made with sharp itself, and hostile ones made by hand:
 * a decompression bomb (a 30,000 × 30,000 PNG of about 100 KB that would inflate to 900 MB), a JPEG whose header
 * claims 60,000 × 60,000, truncated files.
 */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { pngChunk } from '../../../support/png';

/** A photo-like picture (smooth gradients with grain), so encoded sizes are realistic. */
export async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' = 'jpeg') {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  const grain = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 48) - 24;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = clamp((x * 255) / width + grain());
      raw[i + 1] = clamp((y * 255) / height + grain());
      raw[i + 2] = clamp(128 + 100 * Math.sin((x + y) / 60) + grain());
    }
  const image = sharp(raw, { raw: { width, height, channels: 3 } }).blur(0.8);
  return new Uint8Array(await image.toFormat(format, format === 'jpeg' ? { quality: 85 } : {}).toBuffer());
}

/** A transparent PNG with an opaque disc in the middle. */
export async function transparentPng(size = 600): Promise<Uint8Array> {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 3) ** 2;
      rgba.set(inside ? [200, 40, 40, 255] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  return new Uint8Array(
    await sharp(rgba, { raw: { width: size, height: size, channels: 4 } })
      .png()
      .toBuffer(),
  );
}

/** A landscape JPEG stored sideways, with EXIF saying "rotate 90°" (as phones write them). */
export async function sidewaysJpeg(): Promise<Uint8Array> {
  const upright = await photo(300, 800);
  return new Uint8Array(await sharp(upright).withMetadata({ orientation: 6 }).jpeg().toBuffer());
}

export function truncated(bytes: Uint8Array, keep = 0.5): Uint8Array {
  return bytes.subarray(0, Math.floor(bytes.byteLength * keep));
}

/** A real 1-bit PNG of `size` × `size` black pixels: tiny on disk, `size`² bytes once decoded. */
export function pngBomb(size = 30_000): Uint8Array {
  const rowBytes = 1 + Math.ceil(size / 8);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.alloc(rowBytes * size), { level: 9 });
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', pixels),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A small real JPEG whose frame header is rewritten to claim `width` × `height`. */
export async function jpegClaiming(width: number, height: number): Promise<Uint8Array> {
  const bytes = Buffer.from(await photo(64, 48));
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      bytes.writeUInt16BE(height, i + 5);
      bytes.writeUInt16BE(width, i + 7);
      return new Uint8Array(bytes);
    }
  }
  throw new Error('no frame header');
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}
