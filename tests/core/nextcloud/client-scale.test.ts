import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NextcloudClient } from '../../../electron/core/nextcloud/client';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { clientFor } from './support/client-for-fake';

const FEEDS = 20;
const PER_FEED = 500;

let fake: NextcloudFake;
let client: NextcloudClient;
beforeAll(async () => {
  fake = await startNextcloudFake();
  for (let n = 0; n < FEEDS; n++)
    fake.addItems(fake.addFeed(`https://site${n}.example/feed`, `Site ${n}`).id, PER_FEED);
  client = clientFor(fake);
});
afterAll(async () => {
  await fake?.close();
});

describe('a library of 10,000 items', () => {
  it('pages through every item once, in id order, in pages of 1,000', async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of client.itemPages({ scope: { type: 'all' }, batchSize: 1000 })) {
      pages++;
      seen.push(...page.items.map((item) => Number(item.id)));
    }
    expect(seen).toHaveLength(FEEDS * PER_FEED);
    expect(new Set(seen).size).toBe(FEEDS * PER_FEED);
    expect(seen.every((id, index) => index === 0 || id < seen[index - 1]!)).toBe(true);
    expect(pages).toBe(11); // ten full pages, then the empty one that ends the list
  });

  it('marks 10,000 items read in batches and finds none unread after', async () => {
    const all = [...fake.store.items.keys()].map(String);
    await client.markItemsRead(all);
    expect(fake.requestsTo('items/read/multiple')).toHaveLength(20);
    const unread = await client.items({ scope: { type: 'all' }, batchSize: -1, getRead: false });
    expect(unread.items).toEqual([]);
  });
});
