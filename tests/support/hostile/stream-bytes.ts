import type { ServerResponse } from 'node:http';

/**
 * Writes `total` bytes (Infinity for an endless body) from a repeating chunk,
 * respecting back-pressure so the server's own memory stays flat, and stops
 * as soon as the client goes away.
 */
export function streamBytes(res: ServerResponse, total: number, chunk: Buffer): void {
  let sent = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && sent < total) {
      const size = Math.min(chunk.length, total - sent);
      sent += size;
      if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}

/** Sends `body` one byte every `everyMs`, the classic slow-loris response. */
export function dripBytes(res: ServerResponse, body: Buffer, everyMs: number): void {
  let index = 0;
  const timer = setInterval(() => {
    if (index >= body.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body.subarray(index, index + 1));
    index += 1;
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}
