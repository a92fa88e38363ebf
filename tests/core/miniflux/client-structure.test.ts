import { afterEach, describe, expect, it } from 'vitest';
import { MinifluxRefusedError } from '../../../electron/core/miniflux/errors';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { clientFor } from './support/client-for-fake';

let fake: MinifluxFake;
afterEach(async () => {
  await fake?.close();
});

describe('signing in', () => {
  it('checks an API key with /v1/me and sends it as X-Auth-Token', async () => {
    fake = await startMinifluxFake();
    await expect(clientFor(fake).me()).resolves.toEqual({ id: '1', username: 'reader' });
    const [request] = fake.requestsTo('v1/me');
    expect(request?.headers['x-auth-token']).toBe(fake.token);
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('signs in with user name and password over HTTP Basic', async () => {
    fake = await startMinifluxFake({ user: 'ana', password: 'pässword:with colon' });
    const client = clientFor(fake, { credentials: { kind: 'password', user: 'ana', password: 'pässword:with colon' } });
    await expect(client.me()).resolves.toEqual({ id: '1', username: 'ana' });
    expect(fake.requestsTo('v1/me')[0]?.headers['x-auth-token']).toBeUndefined();
  });
});

describe('categories', () => {
  it('lists, creates, renames and deletes categories, ids as strings', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    expect(await client.categories()).toEqual([{ id: '1', title: 'All' }]);
    const tech = await client.createCategory('Tech');
    expect(tech).toEqual({ id: '2', title: 'Tech' });
    await expect(client.renameCategory(tech.id, 'Technology')).resolves.toEqual({ id: '2', title: 'Technology' });
    expect((await client.categories()).map((category) => category.title)).toEqual(['All', 'Technology']);
    await client.deleteCategory(tech.id);
    expect(await client.categories()).toEqual([{ id: '1', title: 'All' }]);
  });

  it('says why a duplicate category was refused, in the server’s words', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    await client.createCategory('News');
    const error = await client.createCategory('news').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MinifluxRefusedError);
    expect(error).toMatchObject({ status: 400, serverMessage: 'This category already exists.' });
    expect((error as Error).message).toBe('The server refused POST v1/categories: This category already exists.');
  });
});

describe('feeds', () => {
  it('subscribes into a category, renames, moves, refreshes and unsubscribes', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    const news = await client.createCategory('News');
    const id = await client.createFeed({ feedUrl: 'https://site.example/feed.xml', categoryId: news.id });
    expect(fake.requestsTo('v1/feeds', 'POST')[0]?.json).toEqual({
      feed_url: 'https://site.example/feed.xml',
      category_id: 2,
    });
    expect(await client.feeds()).toEqual([
      {
        id,
        title: 'site.example',
        feedUrl: 'https://site.example/feed.xml',
        siteUrl: 'https://site.example/',
        categoryId: news.id,
      },
    ]);
    await client.updateFeed(id, { title: 'Site', categoryId: '1' });
    expect(await client.feeds()).toMatchObject([{ id, title: 'Site', categoryId: '1' }]);
    await client.refreshFeed(id);
    expect(fake.requestsTo(`v1/feeds/${id}/refresh`, 'PUT')).toHaveLength(1);
    await client.deleteFeed(id);
    expect(await client.feeds()).toEqual([]);
  });

  it('takes a feed or category already deleted (a replayed change) as done', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    const news = await client.createCategory('News');
    const id = await client.createFeed({ feedUrl: 'https://site.example/feed.xml', categoryId: news.id });
    await client.deleteFeed(id);
    await expect(client.deleteFeed(id)).resolves.toBeUndefined();
    await client.deleteCategory(news.id);
    await expect(client.deleteCategory(news.id)).resolves.toBeUndefined();
    expect(fake.requestsTo(`v1/feeds/${id}`, 'DELETE').map((request) => request.status)).toEqual([204, 404]);
    await expect(client.renameCategory(news.id, 'Gone')).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a feed the server cannot fetch, and one already followed', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    await expect(client.createFeed({ feedUrl: 'https://site.example/missing.xml' })).rejects.toMatchObject({
      name: 'MinifluxRefusedError',
      serverMessage: 'Unable to fetch this resource (Status Code = 404)',
    });
    await client.createFeed({ feedUrl: 'https://site.example/feed.xml' });
    await expect(client.createFeed({ feedUrl: 'https://site.example/feed.xml' })).rejects.toMatchObject({
      serverMessage: 'This feed already exists.',
    });
  });

  it('refuses ids that are not Miniflux ids before sending anything', async () => {
    fake = await startMinifluxFake();
    const client = clientFor(fake);
    await expect(client.deleteFeed('feed/1')).rejects.toBeInstanceOf(RangeError);
    await expect(client.updateFeed('1', { categoryId: '1.5' })).rejects.toBeInstanceOf(RangeError);
    expect(fake.requests).toHaveLength(0);
  });
});
