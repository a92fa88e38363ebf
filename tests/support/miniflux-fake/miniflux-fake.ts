/**
 * A Miniflux REST API v1 server in the test process (node:http on 127.0.0.1, random port), in two generations
 * (variants.ts): `new` (2.3.2+: `starred` on `PUT /v1/entries`, at most 1,000 entries per page) and `old` (the
 * bookmark toggle only, no cap). It signs in by API key (`X-Auth-Token`) or HTTP Basic, as Miniflux's API
 * middleware does (internal/api/middleware.go: the key first, then Basic; 401 `Access Unauthorized` otherwise).
 * Tests inject faults (`failNext`: 429 with Retry-After, a 5xx in the middle of paging, a body that is not JSON),
 * act "on another device" through `store`, and read back every request the client made.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MinifluxFakeRequest, Reply } from './fake-request';
import { dispatch } from './fake-routes';
import { MinifluxFakeStore } from './fake-store';
import { MINIFLUX_FAKE_VARIANTS, type MinifluxFakeVariant, type MinifluxFakeVariantId } from './variants';
import { closeServer, readBody } from '../fake-http';

export type { MinifluxFakeRequest } from './fake-request';
export type { FakeCategory, FakeEntry, FakeFeed } from './fake-store';
export { MINIFLUX_FAKE_VARIANTS, type MinifluxFakeVariant, type MinifluxFakeVariantId } from './variants';

export interface MinifluxFakeOptions {
  variant?: MinifluxFakeVariantId;
  user?: string;
  password?: string;
  token?: string;
  clockStartMs?: number;
}

export interface MinifluxFault {
  /** The path under the base, e.g. `v1/entries`; `method` narrows it (any method otherwise). */
  path: string;
  method?: string;
  status: number;
  headers?: Record<string, string>;
  /** Sent as is (default: Miniflux's error JSON naming the status). */
  body?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many requests to fail (default 1). */
  times?: number;
}

export interface MinifluxFake {
  /** http://127.0.0.1:<port>: the base address a client is given. */
  origin: string;
  variant: MinifluxFakeVariant;
  user: string;
  password: string;
  token: string;
  store: MinifluxFakeStore;
  requests: MinifluxFakeRequest[];
  /** Requests to a path (`v1/entries`), with a method when given. */
  requestsTo(path: string, method?: string): MinifluxFakeRequest[];
  failNext(fault: MinifluxFault): void;
  /** The API key is revoked (Settings → API Keys → Remove) and the password changed: every credential fails. */
  revokeCredentials(): void;
  /** A new password or API key from now on (changed in Miniflux's settings); the other credential stays. */
  changeCredentials(change: { password?: string; token?: string }): void;
  close(): Promise<void>;
}

export async function startMinifluxFake(options: MinifluxFakeOptions = {}): Promise<MinifluxFake> {
  const variant = MINIFLUX_FAKE_VARIANTS[options.variant ?? 'new'];
  const credentials = {
    user: options.user ?? 'reader',
    password: options.password ?? 'reader-password',
    token: options.token ?? 'fake-api-key-0123456789abcdef0123456789abcdef',
  };
  const store = new MinifluxFakeStore(options.clockStartMs);
  const requests: MinifluxFakeRequest[] = [];
  const faults: (MinifluxFault & { skip: number; times: number })[] = [];

  function fault(request: MinifluxFakeRequest): Reply | null {
    const due = faults.find(
      (entry) => entry.path === request.path && (entry.method === undefined || entry.method === request.method),
    );
    if (!due) return null;
    if (due.skip > 0) {
      due.skip--;
      return null;
    }
    if (--due.times <= 0) faults.splice(faults.indexOf(due), 1);
    return {
      status: due.status,
      headers: due.headers ?? {},
      body: due.body ?? JSON.stringify({ error_message: `Injected HTTP ${due.status}` }),
    };
  }

  function authorized(request: MinifluxFakeRequest): boolean {
    const token = request.headers['x-auth-token'];
    if (typeof token === 'string' && token !== '') return token === credentials.token;
    const basic = /^Basic (\S+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    if (basic === undefined) return false;
    return Buffer.from(basic, 'base64').toString('utf8') === `${credentials.user}:${credentials.password}`;
  }

  function handle(request: MinifluxFakeRequest): Reply {
    const early = fault(request);
    if (early) return early;
    if (!authorized(request)) return { status: 401, body: { error_message: 'Access Unauthorized' } };
    if (request.json === null) return { status: 400, body: { error_message: 'invalid JSON body' } };
    return dispatch({ store, variant, request, username: credentials.user });
  }

  const server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const text = await readBody(req);
    const request: MinifluxFakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/+|\/+$/g, ''),
      query: url.searchParams,
      json: text === '' ? undefined : parseJson(text),
      headers: req.headers,
      status: 0,
    };
    requests.push(request);
    const reply = handle(request);
    request.status = reply.status;
    const isText = typeof reply.body === 'string';
    res.writeHead(reply.status, {
      ...(reply.body === undefined
        ? {}
        : { 'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' }),
      ...reply.headers,
    });
    res.end(reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body));
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    variant,
    get user() {
      return credentials.user;
    },
    get password() {
      return credentials.password;
    },
    get token() {
      return credentials.token;
    },
    store,
    requests,
    requestsTo: (path, method) =>
      requests.filter((request) => request.path === path && (method === undefined || request.method === method)),
    failNext: (entry) => faults.push({ ...entry, skip: entry.skip ?? 0, times: entry.times ?? 1 }),
    changeCredentials: (change) => {
      if (change.password !== undefined) credentials.password = change.password;
      if (change.token !== undefined) credentials.token = change.token;
    },
    revokeCredentials: () => {
      credentials.token = `revoked-${credentials.token}`;
      credentials.password = `changed-${credentials.password}`;
    },
    close: () => closeServer(server),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
