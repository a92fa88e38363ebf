import { crc32, deflateSync } from 'node:zlib';

/**
 * A small vertical-gradient PNG as a data URL. The seeded library uses these
 * for lead and inline images: `data:image/png` is allowed by the CSP and the
 * sanitizer, and the test never depends on the network.
 */
export function gradientPng(
  top: [number, number, number],
  bottom: [number, number, number],
  size = 24,
  width = size,
): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const t = y / (size - 1);
    const pixel = top.map((channel, i) => Math.round(channel + (bottom[i]! - channel) * t));
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(pixel, 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
