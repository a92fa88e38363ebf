/**
 * A Google Reader API server in the test process (node:http on 127.0.0.1, random port), imitating one service at a
 * time with the quirks the real FreshRSS in ../shared cannot show (variants.ts names each one's source): Inoreader's
 * app headers and daily quota, Miniflux's missing stream/contents, offset continuations, hex short ids and refused
 * writes without T, The Old Reader's ObjectIds, BazQux's 200 for bad credentials. Tests also inject faults (429 with
 * Retry-After, a 5xx in the middle of paging), expire tokens, act "on another device" and read back every request
 * the client made. Backs the client tests, the backend conformance suite and `npm run bench -- accounts`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { FakeGate, type FakeFault, type FakeQuota } from './fake-gate';
import type { FakeRequest, Reply } from './fake-request';
import { readRoutes } from './fake-routes-read';
import { writeRoutes } from './fake-routes-write';
import { FakeStore } from './fake-store';
import { createFakeDevice, type FakeDevice } from './fake-device';
import { FAKE_VARIANTS, type FakeServiceId, type FakeVariant } from './variants';
import { closeServer, readBody } from '../fake-http';
import type { AddAccountInput } from '../../../electron/api/methods/accounts';

export type { FakeFault, FakeQuota } from './fake-gate';
export type { FakeRequest } from './fake-request';
export type { FakeItemView, FakeDevice } from './fake-device';
export { FAKE_VARIANTS, type FakeServiceId, type FakeVariant } from './variants';

export interface GReaderFakeOptions {
  service?: FakeServiceId;
  /** Flags to change from the service's variant. */
  variant?: Partial<FakeVariant>;
  user?: string;
  password?: string;
  appId?: string;
  appKey?: string;
  /** Inoreader's daily quota (default: its Pro plan, 50,000 reads and 10,000 writes); null for none. */
  quota?: FakeQuota | null;
  /**
   * When the crawl clock starts, epoch ms (default November 2023, fixed so protocol tests are repeatable). A test of
   * the whole app starts it at today: the app fetches bodies of unread items of the last 90 days first (older ones
   * a few chunks per sync).
   */
  clockStartMs?: number;
  /** Serve https with this key and certificate (PEM): a server with a certificate of its own, for pinning. */
  tls?: { key: string; cert: string };
  /** Listen on this port (a test playing the same server coming back with another certificate); any free one by default. */
  port?: number;
}

export interface GReaderFake extends FakeDevice {
  /** http://127.0.0.1:<port> (https with `tls`) */
  origin: string;
  /** The API endpoint a client is given (FreshRSS: `<origin>/api/greader.php`; the others: the origin). */
  apiUrl: string;
  variant: FakeVariant;
  user: string;
  password: string;
  appId: string;
  appKey: string;
  store: FakeStore;
  /** Every request, in order. */
  requests: FakeRequest[];
  requestsTo(endpoint: string): FakeRequest[];
  /** Fail requests to an endpoint (see FakeFault). */
  failNext(fault: FakeFault): void;
  /** Every session and write token stops working (what a server restart or a timeout does). */
  expireSessions(): void;
  /** Every T token stops working; sessions stay. */
  expireWriteTokens(): void;
  setQuota(quota: FakeQuota | null): void;
  /** A new day for Inoreader's quota. */
  resetQuota(): void;
  close(): Promise<void>;
}

export async function startGReaderFake(options: GReaderFakeOptions = {}): Promise<GReaderFake> {
  const variant: FakeVariant = { ...FAKE_VARIANTS[options.service ?? 'freshrss'], ...options.variant };
  const credentials = { user: options.user ?? 'reader', password: options.password ?? 'reader-api-password' };
  const app = { appId: options.appId ?? 'test-app-id', appKey: options.appKey ?? 'test-app-key' };
  const defaultQuota = variant.appCredentials ? { zone1: 50_000, zone2: 10_000, resetAfterSeconds: 3600 } : null;
  const store = new FakeStore(variant, options.clockStartMs);
  const gate = new FakeGate(variant, app, options.quota === undefined ? defaultQuota : options.quota);
  const requests: FakeRequest[] = [];

  function handle(request: FakeRequest): Reply {
    const early = gate.fault(request) ?? gate.appRefusal(request);
    if (early) return early;
    if (request.endpoint === 'accounts/ClientLogin') return login(request);
    const overQuota = gate.countQuota(request);
    if (overQuota) return overQuota;
    const auth = gate.authorize(request);
    if ('refusal' in auth) return auth.refusal;
    if (request.endpoint === 'reader/api/0/token')
      return { status: 200, body: `${gate.newWriteToken(auth.session)}\n` };
    const read = readRoutes[request.endpoint];
    if (read) return read(store, request, credentials.user);
    const write = writeRoutes[request.endpoint];
    if (write)
      return request.method === 'POST' ? write(store, request, credentials.user) : { status: 405, body: 'POST only' };
    return variant.unknownPathAnswer === 'empty-array'
      ? { status: 200, body: [] }
      : { status: 400, body: 'Bad Request!' };
  }

  function login(request: FakeRequest): Reply {
    const { params } = request;
    if (params.get('Email') === credentials.user && params.get('Passwd') === credentials.password) {
      const token = gate.newSession(credentials.user);
      return { status: 200, body: `SID=${token}\nLSID=null\nAuth=${token}\n` };
    }
    return { status: variant.badAuthAs200 ? 200 : 401, body: 'Error=BadAuthentication\n' };
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => void serve(req, res);
  const server = options.tls ? createHttpsServer(options.tls, listener) : createServer(listener);
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const body = await readBody(req);
    const form = new URLSearchParams(req.method === 'POST' ? body : '');
    const params = new URLSearchParams([...url.searchParams, ...form]);
    const endpoint = endpointOf(url.pathname, variant.apiPath);
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      endpoint: endpoint ?? url.pathname,
      query: url.searchParams,
      form,
      params,
      headers: req.headers,
      status: 0,
    };
    requests.push(request);
    const reply = endpoint === null ? { status: 404, body: 'Not Found' } : handle(request);
    request.status = reply.status;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'Content-Type': typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...gate.quotaHeaders(),
      ...reply.headers,
    });
    res.end(text);
  }

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const device = createFakeDevice(store, {
    changePassword(password) {
      credentials.password = password;
      // FreshRSS and Miniflux derive the session token from the password: the old sessions end with it.
      gate.endSessions();
    },
  });
  return {
    ...device,
    origin,
    apiUrl: `${origin}${variant.apiPath}`,
    variant,
    get user() {
      return credentials.user;
    },
    get password() {
      return credentials.password;
    },
    ...app,
    store,
    requests,
    requestsTo: (endpoint) => requests.filter((request) => request.endpoint === endpoint),
    failNext: (fault) => gate.addFault(fault),
    expireSessions: () => gate.endSessions(),
    expireWriteTokens: () => gate.expireWriteTokens(),
    setQuota: (quota) => {
      gate.quota = quota;
    },
    resetQuota: () => gate.resetQuota(),
    close: () => closeServer(server),
  };
}

/** The path under the API root, or null outside it. The Old Reader also answers ClientLogin under reader/api/0. */
function endpointOf(pathname: string, apiPath: string): string | null {
  if (!pathname.startsWith(`${apiPath}/`)) return null;
  const endpoint = pathname.slice(apiPath.length + 1).replace(/\/+$/, '');
  return endpoint === 'reader/api/0/accounts/ClientLogin' ? 'accounts/ClientLogin' : endpoint;
}

/** What "Add account" sends for this fake: its service, address and user, and Inoreader's App ID and key where asked. */
export function accountInputFor(fake: GReaderFake): AddAccountInput {
  return {
    kind: 'greader',
    service: fake.variant.service,
    url: fake.apiUrl,
    user: fake.user,
    password: fake.password,
    ...(fake.variant.appCredentials ? { appId: fake.appId, appKey: fake.appKey } : {}),
  };
}
