import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ, READING_LIST, STARRED } from '../../../electron/core/greader/streams';
import type { GReaderClient } from '../../../electron/core/greader/client';
import { startGReaderFake, type FakeItemView, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { signedInClientFor } from './support/client-for-fake';

/** A 10,000-item account on the fake: what a first sync asks for, at the scale the benchmark uses five times over. */
describe('a 10,000-item account', () => {
  let fake: GReaderFake;
  let client: GReaderClient;
  let items: FakeItemView[];

  beforeAll(async () => {
    fake = await startGReaderFake({ service: 'freshrss' });
    items = fake.seed({
      feeds: 100,
      itemsPerFeed: 100,
      folders: ['News', 'Tech', 'Science'],
      starredEvery: 50,
      readEvery: 3,
    });
    client = await signedInClientFor(fake);
  });

  afterAll(async () => {
    await fake.close();
  });

  const allIds = async (stream: string, exclude?: string) => {
    const ids: string[] = [];
    for await (const page of client.itemIdPages({ stream, count: 1000, ...(exclude ? { exclude } : {}) }))
      ids.push(...page.ids);
    return ids;
  };

  it('lists every id, every unread id and every starred id, page by page', async () => {
    const started = performance.now();
    const [all, unread, starred] = [
      await allIds(READING_LIST),
      await allIds(READING_LIST, READ),
      await allIds(STARRED),
    ];
    const elapsed = performance.now() - started;
    expect(all).toHaveLength(10_000);
    expect(unread).toHaveLength(10_000 - Math.floor(10_000 / 3));
    expect(starred).toHaveLength(200);
    expect(new Set(all).size).toBe(10_000);
    console.info(`10,000-item account: every id, unread id and starred id in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('reads 2,000 bodies in chunks and marks 1,000 items read', async () => {
    const started = performance.now();
    const ids = items.slice(0, 2000).map((item) => item.longId);
    const bodies = await client.itemContents(ids);
    await client.editTag({ ids: ids.slice(0, 1000), add: READ });
    const elapsed = performance.now() - started;
    expect(bodies).toHaveLength(2000);
    expect(ids.slice(0, 1000).every((id) => fake.item(id)!.read)).toBe(true);
    console.info(`10,000-item account: 2,000 bodies and 1,000 marks in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('seeds the benchmark’s 50,000 items in seconds, not minutes', async () => {
    const big = await startGReaderFake({ service: 'inoreader' });
    const started = performance.now();
    big.seed({ feeds: 500, itemsPerFeed: 100, starredEvery: 25 });
    const elapsed = performance.now() - started;
    await big.close();
    console.info(`fake: 50,000 items seeded in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(3000);
  });
});
