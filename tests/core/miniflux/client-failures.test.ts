import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMinifluxClient } from '../../../electron/core/miniflux/client';
import {
  MinifluxAuthError,
  MinifluxBadResponseError,
  MinifluxNetworkError,
  MinifluxRateLimitError,
  MinifluxRefusedError,
  MinifluxServerError,
} from '../../../electron/core/miniflux/errors';
import type { HttpTransport } from '../../../electron/core/net/http-transport';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { clientFor } from './support/client-for-fake';

let fake: MinifluxFake;
afterEach(async () => {
  await fake?.close();
});

const now = new Date('2026-06-01T12:00:00Z');

async function setUp() {
  fake = await startMinifluxFake();
  const feed = fake.store.addFeed('https://site.example/feed.xml', 'Site');
  fake.store.addEntries(feed.id, 25);
  return clientFor(fake, { now: () => now });
}

describe('refused credentials', () => {
  it('says a wrong API key was refused (401), without the key', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake, { credentials: { kind: 'token', token: 'wrong-key-1234567890' } });
    const error = await client.me().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxAuthError);
    expect(error).toMatchObject({ status: 401, endpoint: 'GET v1/me' });
    expect((error as Error).message).toBe(
      'The Miniflux server refused the API key or the user name and password; enter them again.',
    );
  });

  it('says so too when a key is revoked or a password changed later, and on 403', async () => {
    const client = await setUp();
    const byPassword = clientFor(fake, { credentials: { kind: 'password', user: fake.user, password: fake.password } });
    await expect(byPassword.feeds()).resolves.toHaveLength(1);
    fake.revokeCredentials();
    await expect(client.feeds()).rejects.toBeInstanceOf(MinifluxAuthError);
    await expect(byPassword.feeds()).rejects.toBeInstanceOf(MinifluxAuthError);
    fake.failNext({ path: 'v1/me', status: 403 });
    await expect(clientFor(fake).me()).rejects.toMatchObject({ name: 'MinifluxAuthError', status: 403 });
  });
});

describe('waiting when asked', () => {
  it.each([
    ['seconds', '90', 90_000],
    ['an HTTP date', 'Mon, 01 Jun 2026 12:30:00 GMT', 30 * 60_000],
    ['nothing usable', 'soon', 15 * 60_000],
  ])('reads a 429’s Retry-After given as %s', async (_what, retryAfter, expected) => {
    const client = await setUp();
    fake.failNext({ path: 'v1/feeds', status: 429, headers: { 'Retry-After': retryAfter } });
    const error = await client.feeds().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: expected });
    await expect(client.feeds()).resolves.toHaveLength(1);
  });

  it('treats a 503 with Retry-After as a request to wait, and one without as a server failure', async () => {
    const client = await setUp();
    fake.failNext({ path: 'v1/categories', status: 503, headers: { 'Retry-After': '60' } });
    await expect(client.categories()).rejects.toMatchObject({ name: 'MinifluxRateLimitError', retryAfterMs: 60_000 });
    fake.failNext({ path: 'v1/categories', status: 503 });
    await expect(client.categories()).rejects.toBeInstanceOf(MinifluxServerError);
  });
});

describe('server failures', () => {
  it('fails mid-paging with a server error, and resumes after the last entry stored', async () => {
    const client = await setUp();
    fake.failNext({ path: 'v1/entries', status: 502, skip: 2 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const page of client.entryPages({ limit: 10 })) seen.push(...page.entries.map((entry) => entry.id));
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxServerError);
    expect(error).toMatchObject({ status: 502, endpoint: 'GET v1/entries' });
    expect(seen).toHaveLength(20);
    for await (const page of client.entryPages({ limit: 10, afterEntryId: seen.at(-1)! }))
      seen.push(...page.entries.map((entry) => entry.id));
    expect(new Set(seen).size).toBe(25);
  });

  it('says an answer that is not JSON could not be read', async () => {
    const client = await setUp();
    fake.failNext({ path: 'v1/feeds', status: 200, body: '<html>Log in</html>' });
    const error = await client.feeds().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxBadResponseError);
    expect((error as Error).message).toBe(
      "The server's answer to GET v1/feeds could not be read: it is not JSON. Is this a Miniflux address?",
    );
  });

  it('keeps a 400 without a reason as a plain refusal', async () => {
    const client = await setUp();
    fake.failNext({ path: 'v1/entries', method: 'PUT', status: 400, body: 'Bad Request' });
    await expect(client.setStatus(['1'], 'read')).rejects.toMatchObject({
      name: 'MinifluxRefusedError',
      serverMessage: null,
      message: 'The server refused PUT v1/entries (HTTP 400).',
    });
  });

  it('says a server that cannot be reached could not be reached', async () => {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    server.close();
    await once(server, 'close');
    fake = await startMinifluxFake();
    const client = clientFor(fake, { baseUrl: `http://127.0.0.1:${port}` });
    const error = await client.me().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxNetworkError);
    expect((error as Error).message).toMatch(/^The server could not be reached: No answer from 127\.0\.0\.1/);
  });
});

describe('cancelling', () => {
  it('passes a cancelled call’s abort on as it is, not as an unreachable server', async () => {
    const client = await setUp();
    const controller = new AbortController();
    controller.abort();
    const error = await client.entries({}, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(MinifluxNetworkError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('no secret in a message', () => {
  const token = 'tok_5e3cr3t-api-key-value';
  const password = 'hunter2-very-secret';

  it('hides the API key a server echoes into its error_message', async () => {
    fake = await startMinifluxFake({ token });
    const client = clientFor(fake);
    fake.failNext({
      path: 'v1/categories',
      method: 'POST',
      status: 400,
      body: JSON.stringify({ error_message: `Key ${token} may not create "Tech"` }),
    });
    const error = (await client.createCategory('Tech').catch((caught: unknown) => caught)) as MinifluxRefusedError;
    expect(error).toBeInstanceOf(MinifluxRefusedError);
    expect(error.message).not.toContain(token);
    expect(error.serverMessage).toBe('Key [hidden] may not create "Tech"');
  });

  it('hides the password and the Basic header value a server echoes', async () => {
    fake = await startMinifluxFake({ password });
    const client = clientFor(fake, { credentials: { kind: 'password', user: 'reader', password } });
    const basic = Buffer.from(`reader:${password}`).toString('base64');
    fake.failNext({
      path: 'v1/feeds',
      method: 'POST',
      status: 400,
      body: JSON.stringify({ error_message: `bad ${password} in Authorization: Basic ${basic} and ${basic}` }),
    });
    const error = (await client
      .createFeed({ feedUrl: 'https://site.example/a.xml' })
      .catch((caught: unknown) => caught)) as Error;
    expect(error.message).not.toContain(password);
    expect(error.message).not.toContain(basic);
  });

  it('hides the key in a transport failure’s message', async () => {
    const leaky: HttpTransport = (request) =>
      Promise.reject(new Error(`socket hang up sending X-Auth-Token ${request.headers['X-Auth-Token']}`));
    const client = createMinifluxClient({
      transport: leaky,
      baseUrl: 'https://rss.example',
      credentials: { kind: 'token', token },
    });
    const error = (await client.me().catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(MinifluxNetworkError);
    expect(error.message).toMatch(/^The server could not be reached: socket hang up/);
    expect(error.message).not.toContain(token);
  });
});
