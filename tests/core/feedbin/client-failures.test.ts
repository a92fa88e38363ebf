import { afterEach, describe, expect, it } from 'vitest';
import { createFeedbinClient } from '../../../electron/core/feedbin/client';
import {
  FeedbinAuthError,
  FeedbinBadResponseError,
  FeedbinNetworkError,
  FeedbinRateLimitError,
  FeedbinRefusedError,
  FeedbinServerError,
} from '../../../electron/core/feedbin/errors';
import type { HttpTransport } from '../../../electron/core/net/http-transport';
import { startFeedbinFake, type FeedbinFake } from '../../support/feedbin-fake/feedbin-fake';
import { clientFor } from './support/client-for-fake';

let fake: FeedbinFake;
afterEach(async () => {
  await fake?.close();
});

const NOW = new Date('2026-06-01T12:00:00Z');

async function setUp(entries = 0) {
  fake = await startFeedbinFake({ password: 'pa55-w0rd-secret' });
  const news = fake.store.addFeed('https://news.example/feed.xml', 'News Site', { tags: ['News'] });
  const ids = fake.store.addEntries(news.feedId, entries);
  return { client: clientFor(fake, { now: () => NOW }), news, ids };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught as Error,
  );

describe('refusals', () => {
  it('stops accepting the old password once it changed on feedbin.com (401)', async () => {
    const { client } = await setUp();
    fake.changePassword('new-password');
    const error = await failureOf(client.subscriptions());
    expect(error).toBeInstanceOf(FeedbinAuthError);
    expect(error).toMatchObject({ endpoint: 'subscriptions.json' });
  });

  it.each([
    [403, 'Feedbin refused taggings.json: it belongs to another account or is no longer there (HTTP 403).'],
    [404, 'Feedbin refused taggings.json: it was not found (HTTP 404).'],
    [415, 'Feedbin refused taggings.json: the request was not sent as JSON (HTTP 415).'],
    [422, 'Feedbin refused taggings.json: HTTP 422.'],
  ])('turns a %i into a refusal the reader can read', async (status, message) => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'taggings.json', status });
    const error = await failureOf(client.taggings());
    expect(error).toBeInstanceOf(FeedbinRefusedError);
    expect(error).toMatchObject({ status, message });
  });

  it('answers 415 to a body without the JSON Content-Type (the fake holds the client to it)', async () => {
    await setUp();
    const response = await fetch(`${fake.apiUrl}starred_entries.json`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${fake.user}:${fake.password}`).toString('base64')}` },
      body: '{"starred_entries":[1]}',
    });
    expect(response.status).toBe(415);
  });
});

describe('waiting and failing', () => {
  it.each([
    ['seconds', { 'Retry-After': '90' }, 90_000],
    ['an HTTP date', { 'Retry-After': 'Mon, 01 Jun 2026 12:30:00 GMT' }, 30 * 60_000],
    ['nothing usable', { 'Retry-After': 'soon' }, 15 * 60_000],
  ])('reads a 429’s Retry-After given as %s', async (_what, headers, expected) => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'unread_entries.json', status: 429, headers });
    const error = await failureOf(client.unreadEntryIds());
    expect(error).toBeInstanceOf(FeedbinRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: expected });
    expect(error.message).toMatch(/^Feedbin asked to wait \d+ (seconds|minutes) before the next request/);
    await expect(client.unreadEntryIds()).resolves.toEqual([]);
  });

  it('treats a 503 with Retry-After as a request to wait, and a 5xx without as a server failure', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'subscriptions.json', status: 503, headers: { 'Retry-After': '60' } });
    await expect(client.subscriptions()).rejects.toMatchObject({ name: 'FeedbinRateLimitError', retryAfterMs: 60_000 });
    fake.failNext({ endpoint: 'subscriptions.json', status: 500 });
    const error = await failureOf(client.subscriptions());
    expect(error).toBeInstanceOf(FeedbinServerError);
    expect(error.message).toBe(
      'Feedbin failed (HTTP 500) while answering subscriptions.json; it may work again later.',
    );
  });

  it('fails mid-paging with the server error, and the caller resumes from the page it had reached', async () => {
    const { client } = await setUp(250);
    fake.failNext({ endpoint: 'entries.json', status: 502, skip: 1 });
    const seen: string[] = [];
    let reached = 1;
    const error = await (async () => {
      for await (const page of client.entryPages({})) {
        seen.push(...page.entries.map((entry) => entry.id));
        reached = page.nextPage ?? reached;
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedbinServerError);
    expect(seen).toHaveLength(100);
    for await (const page of client.entryPages({ page: reached })) seen.push(...page.entries.map((entry) => entry.id));
    expect(new Set(seen).size).toBe(250);
  });

  it('ends the paging at a 404 for a page that no longer exists', async () => {
    const { client } = await setUp(150);
    fake.failNext({ endpoint: 'entries.json', status: 404, skip: 1 });
    const pages = [];
    for await (const page of client.entryPages({})) pages.push(page);
    expect(pages.map((page) => page.entries.length)).toEqual([100, 0]);
  });

  it('reports an answer that is not JSON as unreadable, naming the endpoint', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'starred_entries.json', status: 200, body: '<html>Sign in</html>' });
    const error = await failureOf(client.starredEntryIds());
    expect(error).toBeInstanceOf(FeedbinBadResponseError);
    expect(error.message).toBe(
      "Feedbin's answer to starred_entries.json could not be read: it is not JSON. Is this the Feedbin API address?",
    );
  });

  it('says Feedbin could not be reached when nothing answers', async () => {
    const { client } = await setUp();
    await fake.close();
    const error = await failureOf(client.checkCredentials());
    expect(error).toBeInstanceOf(FeedbinNetworkError);
    expect(error.message).toMatch(/^Feedbin could not be reached: No answer from 127\.0\.0\.1:\d+/);
    fake = await startFeedbinFake();
  });
});

describe('no secret in an error', () => {
  it('names neither the password nor its Basic encoding in any failure, whatever the server sends back', async () => {
    const { client } = await setUp();
    const basic = Buffer.from(`${fake.user}:${fake.password}`).toString('base64');
    const echo = `Authorization: Basic ${basic} password=${fake.password}`;
    const failures = [];
    for (const status of [401, 403, 404, 415, 429, 500, 503]) {
      fake.failNext({ endpoint: 'subscriptions.json', status, body: echo, headers: { 'X-Echo': echo } });
      failures.push(await failureOf(client.subscriptions()));
    }
    fake.failNext({ endpoint: 'subscriptions.json', status: 200, body: echo });
    failures.push(await failureOf(client.subscriptions()));
    for (const error of failures) {
      const text = `${error.message} ${JSON.stringify(error)}`;
      expect(text).not.toContain(fake.password);
      expect(text).not.toContain(basic);
    }
  });

  it('scrubs a transport message that carried the credentials', async () => {
    const leaky: HttpTransport = (request) =>
      Promise.reject(
        new Error(`connect failed for https://me:hunter2@api.feedbin.com/ with ${request.headers.Authorization}`),
      );
    const client = createFeedbinClient({ transport: leaky, user: 'me', password: 'hunter2' });
    const error = await failureOf(client.checkCredentials());
    expect(error).toBeInstanceOf(FeedbinNetworkError);
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain(Buffer.from('me:hunter2').toString('base64'));
  });
});

describe('the host', () => {
  it('calls Feedbin’s own host unless told otherwise', async () => {
    const urls: string[] = [];
    const recording: HttpTransport = (request) => {
      urls.push(request.url);
      return Promise.resolve({ status: 200, headers: {}, body: '[]', url: request.url });
    };
    await createFeedbinClient({ transport: recording, user: 'me', password: 'pw' }).starredEntryIds();
    expect(urls).toEqual(['https://api.feedbin.com/v2/starred_entries.json']);
  });
});
