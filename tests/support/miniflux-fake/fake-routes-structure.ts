/**
 * `/v1/me`, categories and feeds as Miniflux answers them (internal/api/category_handlers.go, feed_handlers.go,
 * subscription_handlers.go): 201 with the object for a create or an update (a new feed: only `{"feed_id": …}`),
 * 204 for a delete or a refresh, 400 with `error_message` for a duplicate or a feed that cannot be fetched, 404
 * for an id the user does not have.
 */
import { categoryJson, feedJson, userJson } from './fake-json';
import { failure, json, noContent, type Reply } from './fake-request';
import type { Route } from './fake-routes';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const body = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export const structureRoutes: Route[] = [
  { method: 'GET', pattern: /^v1\/me$/, handle: ({ store, username }) => json(userJson(store, username)) },
  {
    method: 'GET',
    pattern: /^v1\/categories$/,
    handle: ({ store }) => json([...store.categories.values()].map((category) => categoryJson(store, category))),
  },
  {
    method: 'POST',
    pattern: /^v1\/categories$/,
    handle: ({ store, request }) => {
      const title = text(body(request.json).title);
      if (title === '') return failure(400, 'The title is mandatory.');
      if (store.categoryByTitle(title)) return failure(400, 'This category already exists.');
      return json(categoryJson(store, store.addCategory(title)), 201);
    },
  },
  {
    method: 'PUT',
    pattern: /^v1\/categories\/(\d+)$/,
    handle: ({ store, request, id }) => {
      const category = store.categories.get(id);
      if (!category) return failure(404, 'Not Found');
      const title = text(body(request.json).title);
      if (title === '') return failure(400, 'The title is mandatory.');
      const same = store.categoryByTitle(title);
      if (same && same.id !== id) return failure(400, 'This category already exists.');
      category.title = title;
      return json(categoryJson(store, category), 201);
    },
  },
  {
    method: 'DELETE',
    pattern: /^v1\/categories\/(\d+)$/,
    handle: ({ store, id }) => {
      if (!store.categories.has(id)) return failure(404, 'Not Found');
      store.deleteCategory(id);
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: /^v1\/feeds$/,
    handle: ({ store }) => json([...store.feeds.values()].map((feed) => feedJson(store, feed))),
  },
  { method: 'POST', pattern: /^v1\/feeds$/, handle: createFeed },
  {
    method: 'PUT',
    pattern: /^v1\/feeds\/(\d+)$/,
    handle: ({ store, request, id }) => {
      const feed = store.feeds.get(id);
      if (!feed) return failure(404, 'Not Found');
      const fields = body(request.json);
      if (fields.category_id !== undefined) {
        if (typeof fields.category_id !== 'number' || !store.categories.has(fields.category_id))
          return failure(400, 'This category does not exist or does not belong to this user.');
        feed.categoryId = fields.category_id;
      }
      if (typeof fields.title === 'string' && fields.title.trim() !== '') feed.title = fields.title.trim();
      return json(feedJson(store, feed), 201);
    },
  },
  {
    method: 'DELETE',
    pattern: /^v1\/feeds\/(\d+)$/,
    handle: ({ store, id }) => {
      if (!store.feeds.has(id)) return failure(404, 'Not Found');
      store.deleteFeed(id);
      return noContent();
    },
  },
  {
    method: 'PUT',
    pattern: /^v1\/feeds\/(\d+)\/refresh$/,
    handle: ({ store, id }) => (store.feeds.has(id) ? noContent() : failure(404, 'Not Found')),
  },
];

function createFeed({ store, request }: Parameters<Route['handle']>[0]): Reply {
  const fields = body(request.json);
  const url = text(fields.feed_url);
  if (url === '' || !/^https?:\/\//.test(url)) return failure(400, 'The feed URL is not valid.');
  // Without category_id the fake files the feed in the first category (assumed, not verified; 2.0 required it).
  const categoryId = fields.category_id === undefined ? store.categories.keys().next().value : fields.category_id;
  if (typeof categoryId !== 'number' || !store.categories.has(categoryId))
    return failure(400, 'This category does not exist or does not belong to this user.');
  if ([...store.feeds.values()].some((feed) => feed.feedUrl === url)) return failure(400, 'This feed already exists.');
  // The server fetches the feed before it subscribes: an address that names no feed is a 400 with the reason.
  if (url.includes('missing')) return failure(400, 'Unable to fetch this resource (Status Code = 404)');
  const offer = store.offers.get(url);
  const feed = store.addFeed(url, offer?.title ?? new URL(url).hostname, categoryId);
  if (offer) store.addEntries(feed.id, offer.links.length, offer.links);
  return json({ feed_id: feed.id }, 201);
}
