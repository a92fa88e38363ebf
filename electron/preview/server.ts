/**
 * The browser preview: the same core worker and host handlers as the desktop app, served over HTTP on 127.0.0.1 so
 * the whole app runs in any Chromium. Every request passes the Host and Origin checks, then the door: the page,
 * the API, the event stream, uploads, images and export downloads are for holders of this run's cookie only.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { failure } from '../api/envelope';
import { ApiError } from '../api/errors';
import { createHost } from '../host/create-host';
import type { Router } from '../host/router';
import { imagesDir } from '../core/images/cache-paths';
import { createImageResolver } from '../core/images/resolve-image';
import { exchangeToken, isTokenExchange, refuseAtDoor } from './door-route';
import { EventStream } from './event-stream';
import { createPreviewPlatform } from './preview-platform';
import { createPreviewDoor } from './preview-door';
import { exportDownloadUrl, isExportRoute, serveExport } from './export-route';
import { isImageRoute, serveImage } from './image-route';
import { handleUpload, UPLOAD_ROUTE } from './upload-route';
import { checkHost, checkPageRequest } from './request-guard';
import { readStaticFile, securityHeaders } from './static-files';

export interface PreviewServerOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  workerPath: string;
  appVersion: string;
}

export interface PreviewServer {
  /** The address to print and open: it carries this run's token (see `preview-door.ts`). */
  url: string;
  close(): Promise<void>;
}

const LISTEN_HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const stream = new EventStream();
  const host = createHost(
    createPreviewPlatform({
      dataDir: options.dataDir,
      workerPath: options.workerPath,
      appVersion: options.appVersion,
      deliverEvent: (event, payload) => stream.broadcast(event, payload),
      exportUrl: exportDownloadUrl,
      offline: process.env.BROADSHEET_OFFLINE === '1',
    }),
  );
  const { router, core } = host;
  const resolveImage = createImageResolver(imagesDir(options.dataDir));

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LISTEN_HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const door = createPreviewDoor(`http://${LISTEN_HOST}:${port}`, port);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, failure(error));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const addressed = checkHost(request.headers, LISTEN_HOST, port);
    if (!addressed.allowed) return sendText(response, addressed.status, `Forbidden: ${addressed.reason}`);
    const url = new URL(request.url ?? '/', `http://${LISTEN_HOST}:${port}`);
    if (isTokenExchange(request, url)) return exchangeToken(response, url, door);
    if (!door.admits(request.headers.cookie)) return refuseAtDoor(response);
    const fromPage = checkPageRequest(request.method, request.headers);
    if (!fromPage.allowed) return sendText(response, fromPage.status, `Forbidden: ${fromPage.reason}`);

    if (url.pathname === '/api/events' && request.method === 'GET') {
      stream.attach(response);
      stream.broadcast('core.status', core.getStatus());
      return;
    }
    if (url.pathname === UPLOAD_ROUTE) return handleUpload(request, response, options.dataDir);
    if (url.pathname.startsWith('/api/')) return handleCall(request, response, url, router);
    if (isImageRoute(request.url)) return serveImage(request, response, resolveImage);
    if (isExportRoute(url.pathname)) return serveExport(request, response, url, options.dataDir);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    response.writeHead(file.status, file.headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  return {
    url: door.entryUrl,
    async close() {
      stream.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.stop();
    },
  };
}

async function handleCall(request: IncomingMessage, response: ServerResponse, url: URL, router: Router) {
  const match = /^\/api\/call\/([\w.-]{1,100})$/.exec(url.pathname);
  if (!match || request.method !== 'POST') return sendText(response, 404, 'Not found');
  if (!String(request.headers['content-type']).startsWith('application/json')) {
    return sendText(response, 415, 'Calls must be sent as application/json');
  }
  const body = await readBody(request);
  if (body === undefined) return sendText(response, 413, 'Request body too large');
  let args: unknown;
  try {
    args = JSON.parse(body === '' ? '[]' : body);
  } catch {
    return sendJson(response, 200, failure(new ApiError('INVALID_ARGUMENTS', 'The request body is not valid JSON.')));
  }
  sendJson(response, 200, await router.dispatch(match[1] ?? '', args));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit the rest is read and dropped, so the client receives the 413
  // instead of a connection reset. Only cookie holders get this far.
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
