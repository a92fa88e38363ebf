import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** What one request brought to the server. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Route = (request: SeenRequest, response: ServerResponse) => void;

/**
 * A local API server on 127.0.0.1 (http, or https with the given key and certificate): answers each path with its
 * route (404 otherwise) and records every request with its headers and body, so tests can check what was sent.
 */
export interface ApiServer {
  origin: string;
  seen: SeenRequest[];
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startApiServer(tls?: { key: string; cert: string }): Promise<ApiServer> {
  const routes = new Map<string, Route>();
  const seen: SeenRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: SeenRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      const route = routes.get(new URL(request.path, 'http://x').pathname);
      if (route) route(request, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such path');
    });
  };
  const server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    route: (path, route) => void routes.set(path, route),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A route answering with a fixed status, headers and body. */
export function answer(status: number, body = '', headers: Record<string, string> = {}): Route {
  return (_request, response) => void response.writeHead(status, headers).end(body);
}
