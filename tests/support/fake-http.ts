/**
 * What every protocol fake's HTTP server does alike (Google Reader, Miniflux, Nextcloud News, Feedbin): read a
 * request's body with a bound, and close at once with its connections.
 */
import { once } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';

/** A fake takes bodies up to this size: more is a client bug the test should see. */
const MAX_BODY = 16 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large for the fake');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Closes the server and every connection it holds, and waits until it has. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
}
