/**
 * The FreshRSS conformance target does what the suite's cases take for granted: every "other device" operation is
 * checked here through a separate Google Reader client, against the real server (skipped, saying why, where
 * ../shared/servers/freshrss is absent).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGReaderClient, type GReaderClient } from '../../../../electron/core/greader/client';
import { GReaderAuthError, GReaderNetworkError } from '../../../../electron/core/greader/errors';
import { createFetchTransport } from '../../../support/fetch-transport';
import { freshrssTarget } from './freshrss-target';
import type { RemoteSide } from './remote-side';

const target = freshrssTarget();
const title = `conformance target: ${target.name}${target.unavailable ? ` (skipped: ${target.unavailable})` : ''}`;

describe.skipIf(target.unavailable !== null)(title, () => {
  let remote: RemoteSide;

  // The first start on a fresh CI machine installs PHP (about a minute).
  beforeEach(async () => {
    remote = await target.start();
  }, 180_000);
  afterEach(async () => {
    await remote?.close();
  }, 30_000);

  /** A client of its own, signed in with what the reader would type, to check what the server holds. */
  const checker = async (transport = createFetchTransport()): Promise<GReaderClient> => {
    const client = createGReaderClient({ transport, apiUrl: remote.input.url!, service: 'freshrss' });
    await client.login(remote.input.user!, remote.input.password);
    return client;
  };
  /** The items in the order of `ids` (FreshRSS answers stream/items/contents newest first, whatever the order asked). */
  const itemsOf = async (client: GReaderClient, ids: readonly string[]) => {
    const byId = new Map((await client.itemContents(ids)).map((item) => [item.id, item]));
    return ids.map((id) => byId.get(id));
  };
  const titlesOf = async (client: GReaderClient, ids: readonly string[]) =>
    (await itemsOf(client, ids)).map((item) => item?.title);

  it('starts empty, then adds feeds in folders with their items in order, newest last, and new items later', async () => {
    expect(remote.input).toMatchObject({ kind: 'greader', service: 'freshrss', user: 'reader' });
    expect(remote.input.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/greader\.php$/);
    // The password the reader types is the API password: ClientLogin accepts it.
    const client = await checker(remote.transport);
    expect(await client.subscriptions()).toEqual([]);
    expect(await remote.itemIds()).toEqual([]);
    expect(await remote.readIds()).toEqual(new Set());
    expect(await remote.starredIds()).toEqual(new Set());

    const world = await remote.addFeed('World', 'World News', 3);
    const loose = await remote.addFeed('Loose', null, 2);
    const empty = await remote.addFeed('Quiet', 'World News', 0);
    const subscriptions = await client.subscriptions();
    expect(subscriptions).toHaveLength(3);
    expect(subscriptions.map((entry) => [entry.url, entry.title, entry.labels.map((label) => label.name)])).toEqual(
      expect.arrayContaining([
        [world, 'World', ['World News']],
        [empty, 'Quiet', ['World News']],
        // FreshRSS puts a feed without a folder in its default category, which it lists as a label.
        [loose, 'Loose', ['Uncategorized']],
      ]),
    );
    const ids = await remote.itemIds();
    expect(ids).toHaveLength(5);
    expect(ids.every((id) => /^tag:google\.com,2005:reader\/item\/[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(await titlesOf(client, ids)).toEqual([
      'feed-1 story 1',
      'feed-1 story 2',
      'feed-1 story 3',
      'feed-2 story 1',
      'feed-2 story 2',
    ]);

    const fresh = await remote.addItems(world, 2);
    expect(fresh).toHaveLength(2);
    expect(await remote.itemIds()).toEqual([...ids, ...fresh]);
    expect(await titlesOf(client, fresh)).toEqual(['feed-1 story 4', 'feed-1 story 5']);
  });

  it('marks read and unread, stars and unstars, several items per call', async () => {
    await remote.addFeed('World', 'World News', 4);
    const ids = await remote.itemIds();
    await remote.markRead(ids.slice(0, 3), true);
    await remote.markRead([ids[1]!], false);
    await remote.star([ids[0]!, ids[2]!, ids[3]!], true);
    await remote.star([ids[3]!], false);
    expect(await remote.readIds()).toEqual(new Set([ids[0], ids[2]]));
    expect(await remote.starredIds()).toEqual(new Set([ids[0], ids[2]]));
    const items = await itemsOf(await checker(), ids);
    expect(items.map((item) => [item?.id, item?.read, item?.starred])).toEqual([
      [ids[0], true, true],
      [ids[1], false, false],
      [ids[2], true, true],
      [ids[3], false, false],
    ]);
  });

  it('moves a feed to another folder and removes a feed with its items', async () => {
    const world = await remote.addFeed('World', 'World News', 2);
    const seoul = await remote.addFeed('Seoul', 'Korea', 2);
    const seoulIds = (await remote.itemIds()).slice(2);
    await remote.moveFeed(world, 'Korea');
    await remote.removeFeed(seoul);
    const client = await checker();
    const subscriptions = await client.subscriptions();
    expect(subscriptions.map((entry) => [entry.url, entry.labels.map((label) => label.name)])).toEqual([
      [world, ['Korea']],
    ]);
    const left = await remote.itemIds();
    expect(left).toHaveLength(2);
    expect(left.some((id) => seoulIds.includes(id))).toBe(false);
    await remote.moveFeed(world, 'World News');
    expect((await client.subscriptions()).map((entry) => entry.labels.map((label) => label.name))).toEqual([
      ['World News'],
    ]);
  });

  it('changes the password: the old one is refused at sign-in, the new one works, the target keeps working', async () => {
    await remote.addFeed('World', 'World News', 1);
    await remote.changePassword('a-new-password');
    await expect(checker()).rejects.toBeInstanceOf(GReaderAuthError);
    const client = createGReaderClient({
      transport: createFetchTransport(),
      apiUrl: remote.input.url!,
      service: 'freshrss',
    });
    await client.login(remote.input.user!, 'a-new-password');
    expect(await client.subscriptions()).toHaveLength(1);
    const [id] = await remote.itemIds();
    await remote.markRead([id!], true);
    expect(await remote.readIds()).toEqual(new Set([id]));
  });

  it('goes down and comes back up with its data, and a session from before is still accepted', async () => {
    await remote.addFeed('World', 'World News', 2);
    const client = await checker(remote.transport);
    await remote.down();
    await expect(client.subscriptions()).rejects.toBeInstanceOf(GReaderNetworkError);
    await expect(remote.transport({ method: 'GET', url: remote.input.url!, headers: {} })).rejects.toThrow(
      /No answer from 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
    await remote.up();
    expect(await client.subscriptions()).toHaveLength(1);
    expect(await remote.itemIds()).toHaveLength(2);
  });
});
