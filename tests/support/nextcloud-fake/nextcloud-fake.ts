/**
 * A Nextcloud News server (API v1-3) in the test process: node:http on 127.0.0.1, a random port, the API under
 * `/index.php/apps/news/api/v1-3/`. It keeps the quirks a client must live with, each with its source in the file
 * that plays it: Basic auth on every request with Nextcloud's 401 (here), second-rounded `lastModified` with `>=` so
 * `items/updated` repeats items (fake-routes.ts, fake-store.ts), mark-all by `newestItemId`, unknown ids skipped in
 * `…/multiple`, `getRead=false` refused on the starred list. Tests inject faults (`failNext`), act "on another
 * device" (add feeds and items, mark, star, let time pass) and read back every request the client made.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { error, type FakeRequest, type Reply } from './fake-request';
import { route } from './fake-routes';
import { FakeStore, type FakeFeed, type FakeFolder, type FakeItem } from './fake-store';
import { closeServer, readBody } from '../fake-http';

export type { FakeRequest } from './fake-request';
export type { FakeFeed, FakeFolder, FakeItem } from './fake-store';

export const NEWS_API_PATH = '/index.php/apps/news/api/v1-3';

export interface NextcloudFakeOptions {
  user?: string;
  password?: string;
  /** Where the server's clock starts, epoch ms (default November 2023, fixed so tests are repeatable). */
  clockStartMs?: number;
  /** Serve Nextcloud in a subfolder, e.g. `/nextcloud`. */
  basePath?: string;
}

export interface NextcloudFakeFault {
  /** Route under the API base, e.g. `items` or `items/read/multiple`. */
  endpoint: string;
  status: number;
  body?: string;
  /** Let this many matching requests through first (a failure in the middle of paging). */
  skip?: number;
  /** How many requests to fail (default 1). */
  times?: number;
}

export interface NextcloudFake {
  /** http://127.0.0.1:<port> (plus the base path) */
  origin: string;
  /** The v1-3 base a client is given. */
  apiUrl: string;
  readonly user: string;
  readonly password: string;
  store: FakeStore;
  /** Every request, in order. */
  requests: FakeRequest[];
  requestsTo(endpoint: string): FakeRequest[];
  failNext(fault: NextcloudFakeFault): void;
  /** The password changes elsewhere: every request with the old one is a 401 from now on. */
  changePassword(password: string): void;
  // Another device
  addFolder(name: string): FakeFolder;
  addFeed(url: string, title: string, folderId?: number | null): FakeFeed;
  addItems(feedId: number, count: number): FakeItem[];
  /** A feed the server can fetch and does not follow: subscribing to it brings this title and items (these links). */
  offerFeed(url: string, title: string, links: readonly string[]): void;
  setState(itemId: number, state: { unread?: boolean; starred?: boolean }): void;
  item(itemId: number): FakeItem | undefined;
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

export async function startNextcloudFake(options: NextcloudFakeOptions = {}): Promise<NextcloudFake> {
  const credentials = { user: options.user ?? 'reader', password: options.password ?? 'news-app-password' };
  const store = new FakeStore(options.clockStartMs);
  const apiPath = `${(options.basePath ?? '').replace(/\/+$/, '')}${NEWS_API_PATH}`;
  const requests: FakeRequest[] = [];
  const faults: (NextcloudFakeFault & { skip: number; times: number })[] = [];

  function fault(request: FakeRequest): Reply | null {
    const due = faults.find((entry) => entry.endpoint === request.endpoint);
    if (!due) return null;
    if (due.skip > 0) {
      due.skip--;
      return null;
    }
    if (--due.times <= 0) faults.splice(faults.indexOf(due), 1);
    return { status: due.status, body: due.body ?? `Injected HTTP ${due.status}` };
  }

  /**
   * HTTP Basic auth on every request ("you have to send user and password each time", docs/api/api-v1-3.md). The
   * News API's routes are #[CORS]: Nextcloud's CORSMiddleware (lib/private/AppFramework/Middleware/Security/
   * CORSMiddleware.php) answers a missing or refused login with 401 `{"message":"CORS requires basic auth"}`.
   */
  function authorized(request: FakeRequest): boolean {
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(String(request.headers.authorization ?? ''));
    if (!match) return false;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    return decoded === `${credentials.user}:${credentials.password}`;
  }

  function handle(request: FakeRequest): Reply {
    const injected = fault(request);
    if (injected) return injected;
    if (!authorized(request)) return error(401, 'CORS requires basic auth');
    return route(store, request);
  }

  const server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const text = await readBody(req);
    let body: unknown;
    let reply: Reply | null = null;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      reply = error(400, 'Body is not JSON');
    }
    const bodyParams = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
    const inApi = url.pathname.startsWith(`${apiPath}/`);
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      endpoint: inApi ? url.pathname.slice(apiPath.length + 1).replace(/\/+$/, '') : url.pathname,
      query: url.searchParams,
      json: body,
      params: { ...Object.fromEntries(url.searchParams), ...bodyParams },
      headers: req.headers,
      status: 0,
    };
    requests.push(request);
    reply ??= inApi ? handle(request) : { status: 404, body: '<html><body>Page not found</body></html>' };
    request.status = reply.status;
    const out = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'Content-Type': typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(out);
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${(options.basePath ?? '').replace(/\/+$/, '')}`;
  return {
    origin,
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}${apiPath}`,
    get user() {
      return credentials.user;
    },
    get password() {
      return credentials.password;
    },
    store,
    requests,
    requestsTo: (endpoint) => requests.filter((request) => request.endpoint === endpoint),
    failNext: (entry) => faults.push({ ...entry, skip: entry.skip ?? 0, times: entry.times ?? 1 }),
    changePassword(password) {
      credentials.password = password;
    },
    addFolder: (name) => store.addFolder(name),
    addFeed: (url, title, folderId = null) => store.addFeed(url, title, folderId),
    addItems: (feedId, count) => store.addItems(feedId, count),
    offerFeed: (url, title, links) => void store.offered.set(url, { title, links: [...links] }),
    setState(itemId, state) {
      if (!store.setState(itemId, state)) throw new Error(`The fake has no item ${itemId}.`);
    },
    item: (itemId) => store.items.get(itemId),
    advanceClock: (ms) => store.advanceClock(ms),
    close: () => closeServer(server),
  };
}
