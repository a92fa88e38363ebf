/**
 * A Feedbin API v2 server in the test process (node:http on 127.0.0.1, random port, the API under `/v2/`),
 * answering as github.com/feedbin/feedbin-api documents: HTTP Basic auth on every call (401 otherwise), JSON bodies
 * only (415 otherwise), entries paged with `Link` and `X-Feedbin-Record-Count`, 300 Multiple Choices for a site
 * with several feeds, 302 for a subscription or tagging that exists, at most 100 entries by id and 1,000 ids per
 * state change. Tests inject faults (`failNext`), act "on another device" through `store`, and read back every
 * request the client made.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedbinFakeRequest, Reply } from './fake-request';
import { route } from './fake-routes';
import { FeedbinFakeStore } from './fake-store';
import { closeServer, readBody } from '../fake-http';

export type { FeedbinFakeRequest } from './fake-request';
export { FeedbinFakeStore } from './fake-store';
export { IDS_LIMIT, PAGE_LIMIT, STATE_IDS_LIMIT } from './fake-routes';

export interface FeedbinFakeFault {
  /** Path under `/v2/`, e.g. `entries.json`. */
  endpoint: string;
  /** Only requests with this method (any by default). */
  method?: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Let this many matching requests through first (a 5xx in the middle of paging). */
  skip?: number;
  /** How many requests to fail (default 1). */
  times?: number;
}

export interface FeedbinFakeOptions {
  user?: string;
  password?: string;
}

export interface FeedbinFake {
  origin: string;
  /** `<origin>/v2/`: what the client is given instead of https://api.feedbin.com/v2/. */
  apiUrl: string;
  user: string;
  password: string;
  store: FeedbinFakeStore;
  /** Every request, in order. */
  requests: FeedbinFakeRequest[];
  requestsTo(endpoint: string, method?: string): FeedbinFakeRequest[];
  failNext(fault: FeedbinFakeFault): void;
  /** The password changed on feedbin.com: the old one gets 401 from now on. */
  changePassword(password: string): void;
  close(): Promise<void>;
}

export async function startFeedbinFake(options: FeedbinFakeOptions = {}): Promise<FeedbinFake> {
  const credentials = { user: options.user ?? 'reader@example.com', password: options.password ?? 'feedbin-password' };
  const store = new FeedbinFakeStore();
  const requests: FeedbinFakeRequest[] = [];
  const faults: (FeedbinFakeFault & { skip: number; times: number })[] = [];
  let apiUrl = '';

  function fault(request: FeedbinFakeRequest): Reply | null {
    const due = faults.find(
      (entry) => entry.endpoint === request.endpoint && (entry.method === undefined || entry.method === request.method),
    );
    if (!due) return null;
    if (due.skip > 0) {
      due.skip--;
      return null;
    }
    if (--due.times <= 0) faults.splice(faults.indexOf(due), 1);
    return { status: due.status, headers: due.headers ?? {}, body: due.body ?? `Injected HTTP ${due.status}` };
  }

  /** README.md, "Making Requests": HTTP Basic authentication; authentication.md: 401 when it is wrong. */
  function authorized(request: FeedbinFakeRequest): boolean {
    const header = request.headers.authorization ?? '';
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header);
    if (!match?.[1]) return false;
    return Buffer.from(match[1], 'base64').toString('utf8') === `${credentials.user}:${credentials.password}`;
  }

  function handle(request: FeedbinFakeRequest, bodyText: string): Reply {
    const early = fault(request);
    if (early) return early;
    if (!authorized(request)) {
      return {
        status: 401,
        headers: { 'WWW-Authenticate': 'Basic realm="Feedbin"' },
        body: 'HTTP Basic: Access denied.\n',
      };
    }
    if (bodyText !== '') {
      // README.md: without `application/json; charset=utf-8` "you'll wind up with a 415 Unsupported Media Type".
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return { status: 415, body: '' };
      try {
        request.json = JSON.parse(bodyText);
      } catch {
        return { status: 400, body: 'Bad JSON' };
      }
    }
    return route({ store, apiUrl }, request);
  }

  const server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const bodyText = await readBody(req);
    const inApi = url.pathname.startsWith('/v2/');
    const request: FeedbinFakeRequest = {
      method: req.method ?? 'GET',
      endpoint: inApi ? url.pathname.slice('/v2/'.length) : url.pathname,
      query: url.searchParams,
      json: undefined,
      headers: req.headers,
      status: 0,
    };
    requests.push(request);
    const reply: Reply = inApi ? handle(request, bodyText) : { status: 404, body: 'Not Found' };
    request.status = reply.status;
    if (reply.body === undefined) {
      res.writeHead(reply.status, reply.headers ?? {});
      res.end();
      return;
    }
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'Content-Type': typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(text);
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  apiUrl = `${origin}/v2/`;
  return {
    origin,
    apiUrl,
    get user() {
      return credentials.user;
    },
    get password() {
      return credentials.password;
    },
    store,
    requests,
    requestsTo: (endpoint, method) =>
      requests.filter(
        (request) => request.endpoint === endpoint && (method === undefined || request.method === method),
      ),
    failNext: (entry) => faults.push({ ...entry, skip: entry.skip ?? 0, times: entry.times ?? 1 }),
    changePassword: (password) => {
      credentials.password = password;
    },
    close: () => closeServer(server),
  };
}
