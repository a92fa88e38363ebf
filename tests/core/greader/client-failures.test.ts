import { afterEach, describe, expect, it } from 'vitest';
import {
  GReaderAuthError,
  GReaderBadResponseError,
  GReaderRateLimitError,
  GReaderRefusedError,
  GReaderServerError,
} from '../../../electron/core/greader/errors';
import { READ, READING_LIST } from '../../../electron/core/greader/streams';
import { startGReaderFake, type FakeServiceId, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { signedInClientFor } from './support/client-for-fake';

let fake: GReaderFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(service: FakeServiceId = 'freshrss', count = 30) {
  fake = await startGReaderFake({ service });
  const feed = fake.addFeed('https://site.example/feed.xml', 'Site', ['News']);
  const items = fake.addItems(feed.streamId, count);
  const now = new Date('2026-06-01T12:00:00Z');
  const client = await signedInClientFor(fake, { now: () => now });
  return { client, items, feed };
}

describe('waiting when asked', () => {
  it.each([
    ['seconds', { 'Retry-After': '90' }, 90_000],
    ['an HTTP date', { 'Retry-After': 'Mon, 01 Jun 2026 12:30:00 GMT' }, 30 * 60_000],
    ['nothing usable', { 'Retry-After': 'soon' }, 15 * 60_000],
  ])('reads a 429’s Retry-After given as %s', async (_what, headers, expected) => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'reader/api/0/subscription/list', status: 429, headers });
    const error = await client.subscriptions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: expected });
    expect((error as Error).message).toMatch(/^The server asked to wait \d+ (seconds|minutes) before the next request/);
    await expect(client.subscriptions()).resolves.toHaveLength(1);
  });

  it('treats a 503 with Retry-After as a request to wait, and one without as a failure', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'reader/api/0/tag/list', status: 503, headers: { 'Retry-After': '60' } });
    await expect(client.tags()).rejects.toMatchObject({
      name: 'GReaderRateLimitError',
      status: 503,
      retryAfterMs: 60_000,
    });
    fake.failNext({ endpoint: 'reader/api/0/tag/list', status: 503 });
    await expect(client.tags()).rejects.toBeInstanceOf(GReaderServerError);
  });
});

describe('server failures', () => {
  it('fails mid-paging with a server error, and resumes from the last continuation', async () => {
    const { client } = await setUp('freshrss', 25);
    fake.failNext({ endpoint: 'reader/api/0/stream/items/ids', status: 502, skip: 2 });
    const pages: string[][] = [];
    let continuation: string | null = null;
    const error = await (async () => {
      for await (const page of client.itemIdPages({ stream: READING_LIST, count: 5 })) {
        pages.push(page.ids);
        continuation = page.continuation;
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderServerError);
    expect(error).toMatchObject({ status: 502, endpoint: 'reader/api/0/stream/items/ids' });
    expect(pages).toHaveLength(2);
    const rest: string[] = [];
    for await (const page of client.itemIdPages({ stream: READING_LIST, count: 5, continuation }))
      rest.push(...page.ids);
    expect(new Set([...pages.flat(), ...rest]).size).toBe(25);
  });

  it('says an answer that is not JSON could not be read', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'reader/api/0/subscription/list', status: 200, body: '<html>Log in</html>' });
    const error = await client.subscriptions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderBadResponseError);
    expect((error as Error).message).toBe(
      "The server's answer to reader/api/0/subscription/list could not be read: it is not JSON. Is this a Google Reader API address?",
    );
  });

  it('says a write the server did not confirm failed', async () => {
    const { client, items } = await setUp();
    fake.failNext({ endpoint: 'reader/api/0/edit-tag', status: 200, body: '[]' });
    await expect(client.editTag({ ids: [items[0]!.longId], add: READ })).rejects.toBeInstanceOf(
      GReaderBadResponseError,
    );
  });

  it('keeps a permanent refusal apart from a failure worth retrying', async () => {
    const { client, items } = await setUp();
    fake.failNext({ endpoint: 'reader/api/0/edit-tag', status: 400 });
    const error = await client.editTag({ ids: [items[0]!.longId], add: READ }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderRefusedError);
    expect(error).toMatchObject({ status: 400, message: 'The server refused reader/api/0/edit-tag (HTTP 400).' });
  });

  it('says a server that is gone could not be reached', async () => {
    const { client } = await setUp();
    await fake.close();
    await expect(client.tags()).rejects.toMatchObject({
      name: 'GReaderNetworkError',
      endpoint: 'reader/api/0/tag/list',
    });
    fake = await startGReaderFake();
  });
});

describe('expiring tokens', () => {
  it('fetches a fresh T token once when the server refuses the old one', async () => {
    const { client, items } = await setUp();
    await client.editTag({ ids: [items[0]!.longId], add: READ });
    fake.expireWriteTokens();
    await client.editTag({ ids: [items[1]!.longId], add: READ });
    expect(fake.readIds()).toEqual([items[0]!.longId, items[1]!.longId]);
    expect(fake.requestsTo('reader/api/0/token')).toHaveLength(2);
    expect(fake.requestsTo('reader/api/0/edit-tag').map((request) => request.status)).toEqual([200, 401, 200]);
  });

  it('reports an ended session once, after one fresh token, so the backend signs in again', async () => {
    const { client, items } = await setUp();
    await client.token();
    fake.expireSessions();
    await expect(client.editTag({ ids: [items[0]!.longId], add: READ })).rejects.toMatchObject({
      name: 'GReaderAuthError',
      reason: 'session',
      message: 'The server no longer accepts this sign-in; the account has to sign in again.',
    });
    await expect(client.subscriptions()).rejects.toBeInstanceOf(GReaderAuthError);
    await client.login(fake.user, fake.password);
    await client.editTag({ ids: [items[0]!.longId], add: READ });
    expect(fake.readIds()).toEqual([items[0]!.longId]);
  });

  it('refuses to call the server before signing in', async () => {
    fake = await startGReaderFake();
    const { clientFor } = await import('./support/client-for-fake');
    await expect(clientFor(fake).tags()).rejects.toMatchObject({ name: 'GReaderAuthError', reason: 'session' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('secrets', () => {
  it('never puts the password or a token into an error message', async () => {
    const { client, items } = await setUp();
    const secrets = [fake.password, client.auth()!, await client.token()];
    const errors: unknown[] = [];
    const attempts: (() => Promise<unknown>)[] = [
      () => client.login(fake.user, 'wrong-password-123'),
      () => {
        fake.failNext({ endpoint: 'reader/api/0/edit-tag', status: 500, body: secrets.join(' ') });
        return client.editTag({ ids: [items[0]!.longId], add: READ });
      },
      () => {
        fake.failNext({
          endpoint: 'reader/api/0/subscription/quickadd',
          status: 200,
          body: JSON.stringify({ numResults: 0, error: `Refused for ${secrets.join(' and ')}` }),
        });
        return client.quickAdd('https://other.example/feed');
      },
      () => {
        fake.failNext({ endpoint: 'reader/api/0/tag/list', status: 200, body: `not json ${secrets.join(' ')}` });
        return client.tags();
      },
    ];
    for (const attempt of attempts) errors.push(await attempt().catch((caught: unknown) => caught));
    expect(errors.every((error) => error instanceof Error)).toBe(true);
    const text = errors.map((error) => `${(error as Error).message} ${JSON.stringify(error)}`).join('\n');
    for (const secret of [...secrets, 'wrong-password-123']) expect(text).not.toContain(secret);
    expect((errors[2] as Error).message).toBe(
      'The server refused reader/api/0/subscription/quickadd: Refused for [hidden] and [hidden] and [hidden]',
    );
  });
});
