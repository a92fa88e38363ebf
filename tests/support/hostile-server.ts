import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { bombs } from './hostile/bombs';
import { contentRoutes } from './hostile/content-routes';
import { faultRoutes } from './hostile/fault-routes';
import { feedRoutes } from './hostile/feed-routes';
import { redirectRoutes } from './hostile/redirect-routes';
import { responseRoutes } from './hostile/response-routes';
import type { RouteTable } from './hostile/route-types';
import { startSilentTcp } from './hostile/silent-tcp';

/**
 * A local HTTP server (127.0.0.1, random port) that misbehaves on purpose,
 * one named route per fault. Fetcher tests use it directly; issue 7's fault
 * matrix iterates over `hostileRoutes`. Every request is recorded with its
 * headers so tests can check what the client sent.
 */

export { BOMB_INFLATED_BYTES } from './hostile/bombs';
export { FEED_ETAG, FEED_LAST_MODIFIED, feedBytes, feedXml } from './hostile/payloads';
export { forbiddenRedirectTargets } from './hostile/redirect-routes';

export const hostileRoutes: RouteTable = {
  ...feedRoutes,
  ...faultRoutes,
  ...redirectRoutes,
  ...responseRoutes,
  ...contentRoutes,
};

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface HostileServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(pathAndQuery: string): string;
  /** An https:// origin whose TLS handshake never completes (connect timeout). */
  silentTlsOrigin: string;
  requests: RecordedRequest[];
  /** Requests whose path (without query) is `path`. */
  requestsTo(path: string): RecordedRequest[];
  /** Resolves when the server receives a request for `path` (without query): sync without sleeping. */
  nextRequest(path: string): Promise<RecordedRequest>;
  /** Builds the decompression bombs now, so a test's memory measurement excludes them. */
  prepareBombs(): Promise<void>;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const requests: RecordedRequest[] = [];
  const seen = new EventEmitter();
  let origin = '';
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', origin);
    const recorded = { method: req.method ?? '', path: `${target.pathname}${target.search}`, headers: req.headers };
    requests.push(recorded);
    seen.emit(target.pathname, recorded);
    const route = hostileRoutes[target.pathname];
    res.on('error', () => undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('No such hostile route');
      return;
    }
    Promise.resolve(route.handle({ req, res, query: target.searchParams, origin })).catch(() => res.destroy());
  });
  // Clients that give up mid-response are the point of this server, not an error.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('hostile server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  const silent = await startSilentTcp();

  return {
    origin,
    url: (pathAndQuery) => `${origin}${pathAndQuery}`,
    silentTlsOrigin: `https://127.0.0.1:${silent.port}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path.split('?')[0] === path),
    nextRequest: async (path) => ((await once(seen, path)) as [RecordedRequest])[0],
    prepareBombs: async () => {
      await bombs();
    },
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), silent.close()]);
    },
  };
}
