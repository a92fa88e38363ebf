import { afterEach, describe, expect, it } from 'vitest';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { clientFor } from './support/client-for-fake';

let fake: MinifluxFake;
afterEach(async () => {
  await fake?.close();
});

async function setUp(variant: 'new' | 'old', count = 4) {
  fake = await startMinifluxFake({ variant });
  const feed = fake.store.addFeed('https://site.example/feed.xml', 'Site');
  const entries = fake.store.addEntries(feed.id, count).map((entry) => String(entry.id));
  return { client: clientFor(fake), entries };
}

const starred = () =>
  [...fake.store.entries.values()].filter((entry) => entry.starred).map((entry) => String(entry.id));
const bookmarkToggles = () => fake.requests.filter((request) => request.path.endsWith('/bookmark'));

describe('on Miniflux 2.3.2 and later (starred set explicitly)', () => {
  it('stars and unstars by PUT /v1/entries with starred and no status, never through the toggle', async () => {
    const { client, entries } = await setUp('new');
    await client.setStarred([entries[0]!, entries[2]!], true);
    expect(starred()).toEqual([entries[0], entries[2]]);
    expect(fake.requestsTo('v1/entries', 'PUT')[0]?.json).toEqual({
      entry_ids: [Number(entries[0]), Number(entries[2])],
      starred: true,
    });
    expect(client.starMode()).toBe('explicit');
    await client.setStarred([entries[0]!], false);
    expect(starred()).toEqual([entries[2]]);
    expect(bookmarkToggles()).toHaveLength(0);
    expect(fake.store.entries.get(Number(entries[0]))?.status).toBe('unread');
  });

  it('leaves a star as it is when the same change is replayed', async () => {
    const { client, entries } = await setUp('new');
    await client.setStarred([entries[1]!], true);
    await client.setStarred([entries[1]!], true);
    expect(starred()).toEqual([entries[1]]);
  });
});

describe('before 2.3.2 (the bookmark endpoint toggles)', () => {
  it('learns from the refused explicit request that it must toggle, and changes nothing with it', async () => {
    const { client, entries } = await setUp('old');
    const outcome = await client.setStarred([entries[0]!], true);
    expect(outcome).toEqual({ changed: [entries[0]], unchanged: [], missing: [] });
    expect(starred()).toEqual([entries[0]]);
    expect(fake.requestsTo('v1/entries', 'PUT').map((request) => request.status)).toEqual([400]);
    expect(bookmarkToggles()).toHaveLength(1);
    expect(client.starMode()).toBe('toggle');
  });

  it('never flips a star back when a change is replayed (read first, toggle only when it differs)', async () => {
    const { client, entries } = await setUp('old');
    await client.setStarred([entries[0]!], true);
    const replay = await client.setStarred([entries[0]!], true);
    expect(replay).toEqual({ changed: [], unchanged: [entries[0]], missing: [] });
    expect(starred()).toEqual([entries[0]]);
    expect(bookmarkToggles()).toHaveLength(1);
  });

  it('leaves entries starred or unstarred elsewhere alone, and toggles only the ones that differ', async () => {
    const { client, entries } = await setUp('old');
    fake.store.setStarred([Number(entries[1])], true);
    const outcome = await client.setStarred(entries, true, undefined);
    expect(outcome.unchanged).toEqual([entries[1]]);
    expect(outcome.changed).toEqual([entries[0], entries[2], entries[3]]);
    expect(starred()).toEqual(entries);
    const off = await client.setStarred([entries[2]!, entries[3]!], false);
    expect(off.changed).toEqual([entries[2], entries[3]]);
    expect(starred()).toEqual([entries[0], entries[1]]);
  });

  it('reports an entry the server no longer has instead of toggling it', async () => {
    const { client, entries } = await setUp('old');
    fake.store.entries.delete(Number(entries[3]));
    const outcome = await client.setStarred([entries[3]!, entries[0]!], true);
    expect(outcome).toEqual({ changed: [entries[0]], unchanged: [], missing: [entries[3]] });
    expect(bookmarkToggles().map((request) => request.path)).toEqual([`v1/entries/${entries[0]}/bookmark`]);
  });

  it('skips the probe when the mode is known from an earlier session', async () => {
    fake = await startMinifluxFake({ variant: 'old' });
    const feed = fake.store.addFeed('https://site.example/feed.xml', 'Site');
    const [entry] = fake.store.addEntries(feed.id, 1);
    const client = clientFor(fake, { starMode: 'toggle' });
    await client.setStarred([String(entry!.id)], true);
    expect(fake.requestsTo('v1/entries', 'PUT')).toHaveLength(0);
    expect(starred()).toEqual([String(entry!.id)]);
  });

  it('does not take an answer other than 400 as the old server’s “no”', async () => {
    const { client, entries } = await setUp('new');
    fake.failNext({ path: 'v1/entries', method: 'PUT', status: 500 });
    await expect(client.setStarred([entries[0]!], true)).rejects.toMatchObject({ name: 'MinifluxServerError' });
    expect(client.starMode()).toBeNull();
    await client.setStarred([entries[0]!], true);
    expect(client.starMode()).toBe('explicit');
    expect(bookmarkToggles()).toHaveLength(0);
  });
});
