import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../electron/core/net/http-transport';
import { createNetwork, type Network } from '../../../electron/core/net/network';
import { TransportError } from '../../../electron/core/net/transport-error';
import { answer, startApiServer, type ApiServer } from './support/api-server';
import { closedPort, startForwardProxy } from './support/forward-proxy';

/** The network service's transport: API calls with method, headers and body, against servers on 127.0.0.1. */
let first: ApiServer;
let second: ApiServer;
let network: Network;

beforeAll(async () => {
  [first, second] = await Promise.all([startApiServer(), startApiServer()]);
  // `env: {}`: the machine's proxy variables stay out of the suite; the proxy setting still applies.
  network = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {}, connectTimeoutMs: 5_000 } });
});
afterAll(async () => {
  await network.close();
  await Promise.all([first.close(), second.close()]);
});
afterEach(() => {
  first.seen.length = 0;
  second.seen.length = 0;
});

const SECRET = 'GoogleLogin auth=alice/0123456789abcdef';
const get = (url: string, headers: Record<string, string> = {}): HttpRequest => ({ url, method: 'GET', headers });

async function failure(request: Promise<unknown>): Promise<TransportError> {
  const error = await request.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TransportError);
  return error as TransportError;
}

describe('the transport', () => {
  it('sends the method, headers and body, and answers every status with lower-case headers', async () => {
    first.route('/api/edit', answer(201, 'OK', { 'X-Answer': 'yes', 'Content-Type': 'text/plain' }));
    first.route('/api/refused', answer(401, 'Error=BadAuthentication'));
    const created = await network.transport({
      url: `${first.origin}/api/edit?client=broadsheet`,
      method: 'POST',
      headers: { Authorization: SECRET },
      body: 'a=user%2Fstate&i=1',
    });
    expect(created).toEqual({
      status: 201,
      headers: expect.objectContaining({ 'x-answer': 'yes', 'content-type': 'text/plain' }),
      body: 'OK',
      url: `${first.origin}/api/edit?client=broadsheet`,
    });
    expect(first.seen[0]).toMatchObject({
      method: 'POST',
      path: '/api/edit?client=broadsheet',
      body: 'a=user%2Fstate&i=1',
      headers: {
        authorization: SECRET,
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': expect.stringMatching(/^Broadsheet\/9\.9\.9-test/),
      },
    });
    // A refusal is an answer, not a failure: the caller decides what 401 means.
    const refused = await network.transport(get(`${first.origin}/api/refused`));
    expect(refused).toMatchObject({ status: 401, body: 'Error=BadAuthentication' });
  });

  it('decodes a compressed answer as UTF-8 text', async () => {
    first.route('/gz', (_request, response) =>
      response
        .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' })
        .end(gzipSync(JSON.stringify({ title: 'Café ☕ 東京' }))),
    );
    expect(JSON.parse((await network.transport(get(`${first.origin}/gz`))).body)).toEqual({ title: 'Café ☕ 東京' });
  });

  it('keeps Authorization on a redirect within the server', async () => {
    first.route('/old', answer(302, '', { location: '/new' }));
    first.route('/new', answer(200, 'here'));
    const response = await network.transport(get(`${first.origin}/old`, { Authorization: SECRET }));
    expect(response).toMatchObject({ status: 200, body: 'here', url: `${first.origin}/new` });
    expect(first.seen.map((seen) => seen.headers.authorization)).toEqual([SECRET, SECRET]);
  });

  it('never sends Authorization, cookies or key headers to another server after a redirect, nor back again', async () => {
    first.route('/away', answer(302, '', { location: `${second.origin}/there` }));
    second.route('/there', answer(302, '', { location: `${first.origin}/back` }));
    first.route('/back', answer(200, 'home'));
    const response = await network.transport(
      get(`${first.origin}/away`, {
        Authorization: SECRET,
        Cookie: 'session=s3cr3t',
        AppKey: 'inoreader-app-key',
        Accept: 'application/json',
      }),
    );
    expect(response).toMatchObject({ status: 200, body: 'home' });
    const [there] = second.seen;
    expect(there?.headers).not.toHaveProperty('authorization');
    expect(there?.headers).not.toHaveProperty('cookie');
    expect(there?.headers).not.toHaveProperty('appkey');
    expect(there?.headers.accept).toBe('application/json');
    // Once left, the credentials stay behind for the rest of the chain.
    expect(first.seen.map((seen) => seen.headers.authorization)).toEqual([SECRET, undefined]);
  });

  it('never carries a form (a password, a token) to another server, and turns a 303 into a bodiless GET', async () => {
    first.route('/login', answer(307, '', { location: `${second.origin}/steal` }));
    const error = await failure(
      network.transport({ url: `${first.origin}/login`, method: 'POST', headers: {}, body: 'Email=a&Passwd=hunter2' }),
    );
    expect(error.code).toBe('BAD_REDIRECT');
    expect(error.message).toContain(`another server (127.0.0.1:${new URL(second.origin).port})`);
    expect(second.seen).toEqual([]);

    first.route('/post', answer(303, '', { location: '/result' }));
    first.route('/result', answer(200, 'done'));
    await network.transport({ url: `${first.origin}/post`, method: 'POST', headers: {}, body: 'T=token' });
    expect(first.seen.slice(1).map(({ method, body, headers }) => [method, body, headers['content-type']])).toEqual([
      ['POST', 'T=token', 'application/x-www-form-urlencoded'],
      ['GET', '', undefined],
    ]);
  });

  it('refuses https→http redirects, loops and other schemes with the reader’s sentence', async () => {
    first.route('/loop', answer(302, '', { location: '/loop' }));
    first.route('/file', answer(302, '', { location: 'file:///etc/passwd' }));
    expect((await failure(network.transport(get(`${first.origin}/loop`)))).code).toBe('TOO_MANY_REDIRECTS');
    expect(await failure(network.transport(get(`${first.origin}/file`)))).toMatchObject({
      code: 'BAD_REDIRECT',
      message: expect.stringMatching(/"file:" address/),
    });
    expect((await failure(network.transport(get('ftp://127.0.0.1/x')))).code).toBe('UNSUPPORTED_SCHEME');
  });

  it('names no password or token in its errors, and never sends the credentials of an address', async () => {
    const port = await closedPort();
    const error = await failure(
      network.transport(get(`http://alice:hunter2@127.0.0.1:${port}/accounts/ClientLogin?Passwd=pw1&T=tok3n`)),
    );
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe(`127.0.0.1:${port} refused the connection. The site may be down.`);
    for (const secret of ['alice', 'hunter2', 'pw1', 'tok3n'])
      expect(`${error.message}${error.stack}`).not.toContain(secret);

    first.route('/who', answer(200, 'nobody'));
    await network.transport(get(`${first.origin.replace('http://', 'http://bob:s3cret@')}/who`));
    expect(first.seen[0]?.headers).not.toHaveProperty('authorization');
  });

  it('is bounded in time and can be cancelled', async () => {
    first.route('/slow', () => undefined); // never answers
    const bounded = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {} } });
    try {
      const timeout = await failure(bounded.createTransport({ totalTimeoutMs: 200 })(get(`${first.origin}/slow`)));
      expect(timeout).toMatchObject({
        code: 'TIMEOUT_TOTAL',
        message: 'The server took longer than 200 ms to respond.',
      });
      const controller = new AbortController();
      const pending = bounded.transport({ ...get(`${first.origin}/slow`), signal: controller.signal });
      controller.abort();
      expect(await failure(pending)).toMatchObject({ code: 'CANCELLED', message: 'The request was cancelled.' });
    } finally {
      await bounded.close();
    }
  });

  it('shares the limiter with every other download', async () => {
    let release = () => undefined as void;
    first.route('/held', (_request, response) => {
      release = () => void response.writeHead(200).end('released');
    });
    const held = network.transport(get(`${first.origin}/held`));
    await expect.poll(() => first.seen.length).toBe(1);
    expect(network.limiter.activeFor('127.0.0.1')).toBe(1);
    release();
    await held;
    expect(network.limiter.active).toBe(0);
  });

  it('follows the proxy setting, and a new setting replaces the pools', async () => {
    const proxy = await startForwardProxy();
    const proxied = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {} } });
    try {
      first.route('/via', answer(200, 'relayed'));
      proxied.configureProxy(proxy.url);
      expect((await proxied.transport(get(`${first.origin}/via`))).body).toBe('relayed');
      const fetched = await proxied.fetch(`${first.origin}/via`);
      expect(fetched.kind).toBe('ok');
      expect(proxy.seen.map((seen) => seen.target)).toEqual([`${first.origin}/via`, `${first.origin}/via`]);
      proxied.configureProxy('');
      await proxied.transport(get(`${first.origin}/via`));
      expect(proxy.seen).toHaveLength(2);
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });
});
