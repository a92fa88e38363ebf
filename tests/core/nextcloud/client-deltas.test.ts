/**
 * `items/updated` rounds: the server answers every item changed at or after the start of the asked second, so the
 * last round's final second comes back — nothing changed in that same second is lost, and the caller keeps one
 * item per id. These tests play the caller as a backend would: a map by id, the later answer winning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NextcloudClient } from '../../../electron/core/nextcloud/client';
import type { NextcloudItem } from '../../../electron/core/nextcloud/types';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { clientFor } from './support/client-for-fake';

let fake: NextcloudFake;
afterEach(async () => {
  await fake?.close();
});

/** What a backend keeps: the latest state per item id. */
class Mirror {
  readonly byId = new Map<string, NextcloudItem>();
  lastModified = 0;
  received = 0;
  async round(client: NextcloudClient): Promise<string[]> {
    const answer = await client.updatedItems({ scope: { type: 'all' }, lastModified: this.lastModified });
    for (const item of answer.items) this.byId.set(item.id, item);
    this.received += answer.items.length;
    this.lastModified = answer.lastModified;
    return answer.items.map((item) => item.id);
  }
  unread(): string[] {
    return [...this.byId.values()].filter((item) => item.unread).map((item) => item.id);
  }
}

async function setUp() {
  fake = await startNextcloudFake();
  const feed = fake.addFeed('https://a.example/feed', 'A');
  return { client: clientFor(fake), feed };
}

describe('changes since a second', () => {
  it('starts from 0 with every item and returns the largest lastModified for the next round', async () => {
    const { client, feed } = await setUp();
    const items = fake.addItems(feed.id, 3);
    const answer = await client.updatedItems({ scope: { type: 'all' }, lastModified: 0 });
    expect(answer.items.map((item) => item.id)).toEqual(['1', '2', '3']);
    expect(answer.lastModified).toBe(Math.floor(items[2]!.lastModifiedUs / 1_000_000));
    expect(fake.requestsTo('items/updated')[0]!.query.get('lastModified')).toBe('0');
  });

  it('repeats the items of the last second asked: the caller deduplicates them by id and loses no change', async () => {
    const { client, feed } = await setUp();
    const mirror = new Mirror();
    fake.addItems(feed.id, 3); // 1, 2, 3 in one second
    expect(await mirror.round(client)).toEqual(['1', '2', '3']);

    // Same second on the server: a change to 2 and a new item 4, after the client's last round.
    fake.setState(2, { unread: false });
    fake.addItems(feed.id, 1);
    const second = await mirror.round(client);
    expect(second).toEqual(['1', '3', '2', '4']); // 1 and 3 are repeats, ordered by change
    expect(mirror.received).toBe(7);
    expect([...mirror.byId.keys()].sort()).toEqual(['1', '2', '3', '4']);
    expect(mirror.unread().sort()).toEqual(['1', '3', '4']);
  });

  it('once time has moved on, brings what changed since, with the last second asked repeated', async () => {
    const { client, feed } = await setUp();
    const mirror = new Mirror();
    fake.addItems(feed.id, 2); // both in the clock's first second
    await mirror.round(client);
    fake.advanceClock(5_000);
    fake.setState(1, { starred: true });
    expect(await mirror.round(client)).toEqual(['2', '1']); // 2: the repeat of the first second; 1: the change
    expect(await mirror.round(client)).toEqual(['1']); // nothing new: only the repeat of the second asked
    expect(mirror.byId.get('1')!.starred).toBe(true);
    fake.advanceClock(5_000);
    fake.setState(1, { starred: true }); // no change: the server does not stamp it again
    fake.setState(2, { unread: false });
    expect(await mirror.round(client)).toEqual(['1', '2']); // 1 only as the repeat of its second
    expect(mirror.unread()).toEqual(['1']);
  });

  it('keeps the asked lastModified when nothing changed', async () => {
    const { client } = await setUp();
    await expect(client.updatedItems({ scope: { type: 'all' }, lastModified: 1_800_000_000 })).resolves.toEqual({
      items: [],
      lastModified: 1_800_000_000,
    });
  });

  it('narrows to a feed, a folder or the starred items', async () => {
    const { client, feed } = await setUp();
    const folder = fake.addFolder('News');
    const other = fake.addFeed('https://b.example/feed', 'B', folder.id);
    fake.addItems(feed.id, 2); // 1, 2
    fake.addItems(other.id, 2); // 3, 4
    fake.setState(4, { starred: true });
    const idsOf = async (scope: Parameters<NextcloudClient['updatedItems']>[0]['scope']) =>
      (await client.updatedItems({ scope, lastModified: 0 })).items.map((item) => item.id);
    expect(await idsOf({ type: 'feed', id: String(feed.id) })).toEqual(['1', '2']);
    expect(await idsOf({ type: 'folder', id: String(folder.id) })).toEqual(['3', '4']);
    expect(await idsOf({ type: 'starred' })).toEqual(['4']);
    expect(fake.requestsTo('items/updated').map((request) => request.query.get('type'))).toEqual(['0', '1', '2']);
  });

  it('refuses a lastModified that is not whole seconds before asking (the server would read 11+ digits as microseconds)', async () => {
    const { client } = await setUp();
    await expect(client.updatedItems({ scope: { type: 'all' }, lastModified: 1.5 })).rejects.toBeInstanceOf(RangeError);
    expect(fake.requestsTo('items/updated')).toHaveLength(0);
  });
});
