/**
 * Entries as Miniflux lists and changes them (internal/api/entry_handlers.go, findEntries and configureFilters):
 * `status` repeated, `starred`, `after_entry_id`, `before_entry_id`, `changed_after` (unix seconds),
 * `order` (`id` honoured; other valid orders fall back to id here), `direction`, `limit` (default 100) and
 * `offset`; `total` counts every match. The variant decides the 1,000 cap and whether `PUT /v1/entries` takes
 * `starred` (variants.ts). `PUT /v1/entries/{id}/bookmark` toggles (storage ToggleStarred: `starred = NOT
 * starred`), and an id the user lacks is a 500 there ("nothing has been updated").
 */
import { entryJson } from './fake-json';
import { failure, json, noContent, type Reply } from './fake-request';
import type { FakeEntry } from './fake-store';
import type { Route, RouteContext } from './fake-routes';

const ORDERS = new Set(['id', 'status', 'changed_at', 'published_at', 'created_at', 'category_title', 'category_id']);

export const entryRoutes: Route[] = [
  { method: 'GET', pattern: /^v1\/entries$/, handle: (context) => listEntries(context, {}) },
  {
    method: 'GET',
    pattern: /^v1\/feeds\/(\d+)\/entries$/,
    handle: (context) =>
      context.store.feeds.has(context.id) ? listEntries(context, { feedId: context.id }) : failure(404, 'Not Found'),
  },
  {
    method: 'GET',
    pattern: /^v1\/categories\/(\d+)\/entries$/,
    handle: (context) =>
      context.store.categories.has(context.id)
        ? listEntries(context, { categoryId: context.id })
        : failure(404, 'Not Found'),
  },
  {
    method: 'GET',
    pattern: /^v1\/entries\/(\d+)$/,
    handle: ({ store, id }) => {
      const entry = store.entries.get(id);
      return entry ? json(entryJson(store, entry)) : failure(404, 'Not Found');
    },
  },
  { method: 'PUT', pattern: /^v1\/entries$/, handle: updateEntries },
  {
    method: 'PUT',
    pattern: /^v1\/entries\/(\d+)\/bookmark$/,
    handle: ({ store, id }) =>
      store.toggleStarred(id) ? noContent() : failure(500, `store: unable to toggle starred flag for entry #${id}`),
  },
  {
    method: 'PUT',
    pattern: /^v1\/feeds\/(\d+)\/mark-all-as-read$/,
    handle: ({ store, id }) => {
      if (!store.feeds.has(id)) return failure(404, 'Not Found');
      // Every unread entry of the feed, whenever it arrived: the endpoint takes no time or id bound.
      store.setStatus(
        unreadIds(store.entries.values(), (entry) => entry.feedId === id),
        'read',
      );
      return noContent();
    },
  },
  {
    method: 'PUT',
    pattern: /^v1\/categories\/(\d+)\/mark-all-as-read$/,
    handle: ({ store, id }) => {
      if (!store.categories.has(id)) return failure(404, 'Not Found');
      const inCategory = (entry: FakeEntry) => store.feeds.get(entry.feedId)?.categoryId === id;
      store.setStatus(unreadIds(store.entries.values(), inCategory), 'read');
      return noContent();
    },
  },
];

function listEntries(context: RouteContext, scope: { feedId?: number; categoryId?: number }): Reply {
  const { store, variant, request } = context;
  const query = request.query;
  const statuses = query.getAll('status');
  if (statuses.some((status) => !['read', 'unread', 'removed'].includes(status)))
    return failure(400, 'Invalid entry status');
  const order = query.get('order') ?? 'published_at';
  if (!ORDERS.has(order)) return failure(400, 'Invalid entry order');
  const direction = query.get('direction') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') return failure(400, 'Invalid direction');
  let limit = intParam(query, 'limit', 100);
  const offset = intParam(query, 'offset', 0);
  if (limit < 0 || offset < 0) return failure(400, 'offset value should be >= 0');
  if (variant.limitCap !== null) {
    if (limit > variant.limitCap) return failure(400, `limit value should be <= ${variant.limitCap}`);
    if (limit === 0) limit = variant.limitCap;
  }
  const categoryId = intParam(query, 'category_id', scope.categoryId ?? 0);
  const feedId = intParam(query, 'feed_id', scope.feedId ?? 0);
  const after = intParam(query, 'after_entry_id', 0);
  const before = intParam(query, 'before_entry_id', 0);
  const changedAfterMs = intParam(query, 'changed_after', 0) * 1000;
  const starred = boolParam(query.get('starred'));
  const matches = [...store.entries.values()]
    .filter((entry) => (statuses.length === 0 ? true : statuses.includes(entry.status)))
    .filter((entry) => feedId === 0 || entry.feedId === feedId)
    .filter((entry) => categoryId === 0 || store.feeds.get(entry.feedId)?.categoryId === categoryId)
    .filter((entry) => after === 0 || entry.id > after)
    .filter((entry) => before === 0 || entry.id < before)
    // `changed_at > time.Unix(seconds)` (storage AfterChangedDate): a change later in that same second is "after".
    .filter((entry) => changedAfterMs === 0 || entry.changedAtMs > changedAfterMs)
    .filter((entry) => starred === null || entry.starred === starred)
    .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
  const page = limit === 0 ? matches.slice(offset) : matches.slice(offset, offset + limit);
  return json({ total: matches.length, entries: page.map((entry) => entryJson(store, entry)) });
}

function updateEntries({ store, variant, request }: RouteContext): Reply {
  const body = (typeof request.json === 'object' && request.json !== null ? request.json : {}) as Record<
    string,
    unknown
  >;
  const ids = Array.isArray(body.entry_ids) ? body.entry_ids.filter((id): id is number => Number.isInteger(id)) : [];
  if (ids.length === 0) return failure(400, 'The list of entries cannot be empty');
  const status = typeof body.status === 'string' ? body.status : '';
  const starred = variant.explicitStarred && typeof body.starred === 'boolean' ? body.starred : null;
  if (status === '' && starred === null) {
    return variant.explicitStarred
      ? failure(400, 'Either the status or the starred field must be specified')
      : failure(400, 'Invalid entry status, valid status values are: "read" and "unread"');
  }
  if (status !== '' && status !== 'read' && status !== 'unread')
    return failure(400, 'Invalid entry status, valid status values are: "read" and "unread"');
  if (status !== '') store.setStatus(ids, status as 'read' | 'unread');
  if (starred !== null) store.setStarred(ids, starred);
  return noContent();
}

function unreadIds(entries: Iterable<FakeEntry>, keep: (entry: FakeEntry) => boolean): number[] {
  return [...entries].filter((entry) => entry.status === 'unread' && keep(entry)).map((entry) => entry.id);
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const value = query.get(name);
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : fallback;
}

/** Go's strconv.ParseBool; anything else leaves the filter off, as Miniflux does. */
function boolParam(value: string | null): boolean | null {
  if (value === null) return null;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return null;
}
