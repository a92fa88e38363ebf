import { afterEach, describe, expect, it } from 'vitest';
import { createNextcloudClient } from '../../../electron/core/nextcloud/client';
import {
  NextcloudAuthError,
  NextcloudBadResponseError,
  NextcloudNetworkError,
  NextcloudRefusedError,
  NextcloudServerError,
} from '../../../electron/core/nextcloud/errors';
import type { HttpTransport } from '../../../electron/core/net/http-transport';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { clientFor } from './support/client-for-fake';

let fake: NextcloudFake;
afterEach(async () => {
  await fake?.close();
});

const PASSWORD = 'Sup3r-Secret-Pa55';

async function setUp() {
  fake = await startNextcloudFake({ password: PASSWORD });
  const feed = fake.addFeed('https://a.example/feed', 'A');
  fake.addItems(feed.id, 7);
  return { client: clientFor(fake), feed };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(caught instanceof Error)) throw new Error('the call did not fail');
  return caught;
}

/** Every form the password can take in a message: itself, Basic's base64, and the whole header value. */
function expectNoSecret(message: string) {
  const basic = Buffer.from(`${fake.user}:${PASSWORD}`).toString('base64');
  expect(message).not.toContain(PASSWORD);
  expect(message).not.toContain(basic);
}

describe('refused credentials', () => {
  it('a wrong password is a NextcloudAuthError that names no secret', async () => {
    await setUp();
    const client = clientFor(fake, { password: 'wrong-password' });
    const error = await failure(client.status());
    expect(error).toBeInstanceOf(NextcloudAuthError);
    expect(error.message).toBe(
      'Nextcloud refused the user name or password. Check them (an app password if two-factor sign-in is on).',
    );
    expect(error.message).not.toContain('wrong-password');
    expect(fake.requestsTo('status')[0]!.status).toBe(401);
  });

  it('a password changed elsewhere fails the next call with the same error', async () => {
    const { client } = await setUp();
    await expect(client.folders()).resolves.toEqual([]);
    fake.changePassword('a-new-one');
    await expect(client.folders()).rejects.toBeInstanceOf(NextcloudAuthError);
  });
});

describe('server failures and refusals', () => {
  it('a 5xx is a NextcloudServerError; paging resumes from the last offset', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'items', status: 502, skip: 1 });
    const seen: string[] = [];
    let offset: string | null = null;
    const error = await failure(
      (async () => {
        for await (const page of client.itemPages({ scope: { type: 'all' }, batchSize: 3 })) {
          seen.push(...page.items.map((item) => item.id));
          offset = page.nextOffset;
        }
      })(),
    );
    expect(error).toBeInstanceOf(NextcloudServerError);
    expect(error).toMatchObject({ status: 502, endpoint: 'items' });
    expect(error.message).toBe(
      'The Nextcloud server failed (HTTP 502) while answering items; it may work again later.',
    );
    expect(seen).toEqual(['7', '6', '5']);
    for await (const page of client.itemPages({ scope: { type: 'all' }, batchSize: 3, offset })) {
      seen.push(...page.items.map((item) => item.id));
    }
    expect(seen).toEqual(['7', '6', '5', '4', '3', '2', '1']);
  });

  it.each([
    ['a taken folder name', 'exists', 409],
    ['an empty folder name', 'invalid', 422],
  ] as const)('creating a folder with %s is refused (%s)', async (_what, reason, status) => {
    const { client } = await setUp();
    await client.createFolder('News');
    const error = await failure(client.createFolder(reason === 'exists' ? 'News' : '  '));
    expect(error).toBeInstanceOf(NextcloudRefusedError);
    expect(error).toMatchObject({ status, reason, endpoint: 'folders' });
  });

  it('a feed already subscribed, or one the server cannot read, is refused', async () => {
    const { client } = await setUp();
    await expect(client.createFeed('https://a.example/feed', null)).rejects.toMatchObject({
      name: 'NextcloudRefusedError',
      reason: 'exists',
    });
    const error = await failure(client.createFeed('https://b.example/missing.xml', null));
    expect(error).toMatchObject({ name: 'NextcloudRefusedError', status: 404, reason: 'not-found' });
    expect(error.message).toMatch(/could not be read\.$/);
  });

  it('a folder or feed removed elsewhere is a not-found refusal, named by its route', async () => {
    const { client } = await setUp();
    await expect(client.renameFolder('42', 'X')).rejects.toMatchObject({ reason: 'not-found', endpoint: 'folders/42' });
    await expect(client.moveFeed('42', null)).rejects.toMatchObject({ reason: 'not-found', endpoint: 'feeds/42/move' });
    await expect(client.markRead({ type: 'feed', id: '42' }, '7')).rejects.toMatchObject({
      reason: 'not-found',
      endpoint: 'feeds/42/read',
    });
  });

  it('an answer that is not JSON, or not the expected object, is a bad response', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'feeds', status: 200, body: '<html>maintenance</html>' });
    await expect(client.feeds()).rejects.toBeInstanceOf(NextcloudBadResponseError);
    fake.failNext({ endpoint: 'folders', status: 200, body: '{"something":[]}' });
    const error = await failure(client.folders());
    expect(error).toBeInstanceOf(NextcloudBadResponseError);
    expect(error.message).toBe(
      "The server's answer to folders could not be read: it has no “folders” list. Is the News app installed on this Nextcloud, and is this its address?",
    );
  });

  it('a Nextcloud without the News app (404 on status) is a bad address, not a refusal', async () => {
    await setUp();
    const client = createNextcloudClient({
      transport: createFetchTransport(),
      apiUrl: `${fake.origin}/index.php/apps/nonews/api/v1-3`,
      user: fake.user,
      password: PASSWORD,
    });
    const error = await failure(client.status());
    expect(error).toBeInstanceOf(NextcloudBadResponseError);
    expect(error.message).toMatch(/there is no News API at this address/);
  });

  it('keeps entries it can use and skips those without an id', async () => {
    const { client } = await setUp();
    fake.failNext({
      endpoint: 'folders',
      status: 200,
      body: JSON.stringify({ folders: [{ id: 3, name: 'Good' }, { name: 'No id' }, { id: 'x', name: 'Bad' }, 7] }),
    });
    await expect(client.folders()).resolves.toEqual([{ id: '3', name: 'Good' }]);
  });
});

describe('ids', () => {
  it('an id that is not a Nextcloud id is refused before anything is sent', async () => {
    const { client } = await setUp();
    const before = fake.requests.length;
    await expect(client.deleteFeed('../folders/1')).rejects.toBeInstanceOf(RangeError);
    await expect(client.markItemsRead(['1', 'tag:google.com,2005:reader/item/1'])).rejects.toBeInstanceOf(RangeError);
    await expect(client.items({ scope: { type: 'all' }, batchSize: 0 })).rejects.toBeInstanceOf(RangeError);
    expect(fake.requests.length).toBe(before);
    expect(fake.item(1)!.unread).toBe(true);
  });
});

describe('unreachable servers and redaction', () => {
  it('a closed port is a NextcloudNetworkError with the transport’s reason', async () => {
    await setUp();
    const apiUrl = fake.apiUrl;
    await fake.close();
    const client = createNextcloudClient({
      transport: createFetchTransport(),
      apiUrl,
      user: 'reader',
      password: PASSWORD,
    });
    const error = await failure(client.version());
    expect(error).toBeInstanceOf(NextcloudNetworkError);
    expect(error.message).toMatch(/^The Nextcloud server could not be reached: /);
    expectNoSecret(error.message);
    fake = await startNextcloudFake(); // afterEach closes it
  });

  it('a transport that repeats the request in its error has the password and Basic credentials hidden', async () => {
    fake = await startNextcloudFake({ password: PASSWORD });
    const leaky: HttpTransport = async (request) => {
      throw new Error(
        `socket hang up sending ${request.url} with ${request.headers.Authorization} (${PASSWORD}) to https://reader:${PASSWORD}@cloud.example`,
      );
    };
    const client = createNextcloudClient({
      transport: leaky,
      apiUrl: fake.apiUrl,
      user: fake.user,
      password: PASSWORD,
    });
    const error = await failure(client.markItemsRead(['1']));
    expect(error).toBeInstanceOf(NextcloudNetworkError);
    expect(error.message).toMatch(/^The Nextcloud server could not be reached: socket hang up sending http/);
    expectNoSecret(error.message);
    expect(error).toMatchObject({ endpoint: 'items/read/multiple' });
  });

  it('no refusal or server error carries a body, a header or the password', async () => {
    const { client } = await setUp();
    fake.failNext({ endpoint: 'feeds', status: 500, body: `Fatal error: password ${PASSWORD}` });
    const errors = [
      await failure(client.feeds()),
      await failure(clientFor(fake, { password: 'nope' }).feeds()),
      await failure(client.createFolder('')),
    ];
    for (const error of errors) {
      expectNoSecret(error.message);
      expect(error.message).not.toMatch(/Fatal error|CORS|Basic/);
    }
  });

  it('a cancelled call rejects with the abort, not a network error', async () => {
    const { client } = await setUp();
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client.folders({ signal: controller.signal }));
    expect(error).not.toBeInstanceOf(NextcloudNetworkError);
    expect(error.name).toBe('AbortError');
  });
});
