/**
 * Real PNG files for tests, small and valid (signature, IHDR, IDAT and IEND
 * with their checksums), so the image cache's magic-byte check, decoders,
 * Chromium and epubcheck all accept them, and no test needs the network.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** An 8-bit RGB picture whose every row is one colour, `colourOfRow(y)`. */
export function encodePng(width: number, height: number, colourOfRow: (y: number) => Rgb): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // a filter byte (none), then the pixels
    const colour = colourOfRow(y);
    for (let x = 0; x < width; x++) row.set(colour, 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from(SIGNATURE),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One colour all over; 1×1 by default. */
export function solidPng(width = 1, height = 1, rgb: Rgb = [200, 30, 30]): Buffer {
  return encodePng(width, height, () => rgb);
}

/** A vertical gradient from `top` to `bottom`, square unless a width is given. */
export function gradientPng(top: Rgb, bottom: Rgb, height = 24, width = height): Buffer {
  return encodePng(width, height, (y) => {
    const t = y / (height - 1);
    return top.map((channel, i) => Math.round(channel + (bottom[i]! - channel) * t)) as unknown as Rgb;
  });
}

/** The picture as a data: URL, which the CSP and the sanitizer allow in articles. */
export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** One PNG chunk: length, type, data and its CRC (for tests that build odd PNGs by hand). */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
