/**
 * The endpoints, each answering as github.com/feedbin/feedbin-api documents it (the file named on each route).
 * Bodies of writes are JSON only: anything else is a 415 (README.md, "Making Requests").
 */
import { entryJson, subscriptionJson, taggingJson, taggingsJson } from './fake-json';
import { forbidden, json, notFound, type FeedbinFakeRequest, type Reply } from './fake-request';
import { parseIsoMicros, type FeedbinFakeStore } from './fake-store';

/** README.md, "Pagination": "Each page has a limit of 100 items". */
export const PAGE_LIMIT = 100;
/** content/entries.md: `ids` — "A maximum of 100 entries can be requested". */
export const IDS_LIMIT = 100;
/** unread-entries.md, starred-entries.md: "There is a limit of 1,000 entry_ids per request". */
export const STATE_IDS_LIMIT = 1000;

export interface RouteContext {
  store: FeedbinFakeStore;
  /** `http://127.0.0.1:<port>/v2/`: where Location and Link headers point. */
  apiUrl: string;
}

type Route = (ctx: RouteContext, request: FeedbinFakeRequest, id: number) => Reply;

const routes: [method: string, path: RegExp, route: Route][] = [
  // authentication.md: 200 when the credentials are valid (the 401 comes from the gate before any route).
  ['GET', /^authentication\.json$/, () => json({})],
  [
    'GET',
    /^subscriptions\.json$/,
    ({ store }) => json([...store.subscriptions.values()].map((s) => subscriptionJson(store, s))),
  ],
  [
    'GET',
    /^subscriptions\/(\d+)\.json$/,
    ({ store }, _r, id) => {
      const subscription = store.subscriptions.get(id);
      return subscription ? json(subscriptionJson(store, subscription)) : forbidden();
    },
  ],
  ['POST', /^subscriptions\.json$/, createSubscription],
  // subscriptions.md, "Update Subscription": PATCH, or POST …/update.json where proxies block PATCH.
  ['PATCH', /^subscriptions\/(\d+)\.json$/, updateSubscription],
  ['POST', /^subscriptions\/(\d+)\/update\.json$/, updateSubscription],
  [
    'DELETE',
    /^subscriptions\/(\d+)\.json$/,
    ({ store }, _r, id) => (store.unsubscribe(id) ? { status: 204 } : forbidden()),
  ],
  ['GET', /^taggings\.json$/, ({ store }) => json(taggingsJson(store))],
  [
    'GET',
    /^taggings\/(\d+)\.json$/,
    ({ store }, _r, id) => {
      const tagging = store.taggings.get(id);
      return tagging ? json(taggingJson(tagging)) : forbidden();
    },
  ],
  ['POST', /^taggings\.json$/, createTagging],
  [
    'DELETE',
    /^taggings\/(\d+)\.json$/,
    ({ store }, _r, id) => (store.taggings.delete(id) ? { status: 204 } : forbidden()),
  ],
  // tags.md: rename and delete answer with every tagging afterwards.
  [
    'POST',
    /^tags\.json$/,
    ({ store }, request) => {
      const body = objectOf(request.json);
      const oldName = body.old_name;
      const newName = body.new_name;
      if (typeof oldName !== 'string' || typeof newName !== 'string')
        return { status: 400, body: 'old_name, new_name' };
      store.renameTag(oldName, newName);
      return json(taggingsJson(store));
    },
  ],
  [
    'DELETE',
    /^tags\.json$/,
    ({ store }, request) => {
      const name = objectOf(request.json).name;
      if (typeof name !== 'string') return { status: 400, body: 'name' };
      store.deleteTag(name);
      return json(taggingsJson(store));
    },
  ],
  ['GET', /^entries\.json$/, entries],
  ['GET', /^unread_entries\.json$/, ({ store }) => json(visibleIds(store, store.unread))],
  ['GET', /^starred_entries\.json$/, ({ store }) => json(visibleIds(store, store.starred))],
  ['POST', /^unread_entries\.json$/, (ctx, request) => changeStates(ctx, request, 'unread_entries', true)],
  ['DELETE', /^unread_entries\.json$/, (ctx, request) => changeStates(ctx, request, 'unread_entries', false)],
  // unread-entries.md, "DELETE Alternative" for clients that cannot send a body with DELETE.
  ['POST', /^unread_entries\/delete\.json$/, (ctx, request) => changeStates(ctx, request, 'unread_entries', false)],
  ['POST', /^starred_entries\.json$/, (ctx, request) => changeStates(ctx, request, 'starred_entries', true)],
  ['DELETE', /^starred_entries\.json$/, (ctx, request) => changeStates(ctx, request, 'starred_entries', false)],
];

export function route(ctx: RouteContext, request: FeedbinFakeRequest): Reply {
  for (const [method, path, handler] of routes) {
    const match = path.exec(request.endpoint);
    if (match && method === request.method) return handler(ctx, request, Number(match[1] ?? 0));
  }
  return notFound();
}

/**
 * subscriptions.md, "Create Subscription": a feed's address subscribes (201, Location), one already subscribed is
 * a 302 to it; a site's address with one feed subscribes to that feed, with several answers 300 with the choices;
 * nothing found is a 404. A 201/302 body is the subscription ("the same as Get Subscription").
 */
function createSubscription({ store, apiUrl }: RouteContext, request: FeedbinFakeRequest): Reply {
  const feedUrl = objectOf(request.json).feed_url;
  if (typeof feedUrl !== 'string') return { status: 400, body: 'feed_url' };
  const wanted = [feedUrl, `https://${feedUrl}`, `http://${feedUrl}`];
  const feeds = [...store.feeds.values()];
  let feed = feeds.find((candidate) => wanted.includes(candidate.feedUrl));
  if (!feed) {
    const site = wanted.map((url) => store.sites.get(url)).find((ids) => ids !== undefined);
    if (!site || site.length === 0) return notFound();
    if (site.length > 1) {
      return json(
        site.map((id) => ({ feed_url: store.feeds.get(id)?.feedUrl, title: store.feeds.get(id)?.title })),
        300,
      );
    }
    feed = store.feeds.get(site[0] ?? -1);
    if (!feed) return notFound();
  }
  const existed = store.isSubscribed(feed.id);
  const subscription = store.subscribe(feed.id);
  return json(subscriptionJson(store, subscription), existed ? 302 : 201, {
    Location: `${apiUrl}subscriptions/${subscription.id}.json`,
  });
}

function updateSubscription({ store }: RouteContext, request: FeedbinFakeRequest, id: number): Reply {
  const subscription = store.subscriptions.get(id);
  if (!subscription) return forbidden();
  const title = objectOf(request.json).title;
  if (typeof title !== 'string') return { status: 400, body: 'title' };
  subscription.title = title;
  return json(subscriptionJson(store, subscription));
}

/** taggings.md, "Create Tagging": 201 with Location, or 302 to the tagging that exists. */
function createTagging({ store, apiUrl }: RouteContext, request: FeedbinFakeRequest): Reply {
  const body = objectOf(request.json);
  const feedId = body.feed_id;
  const name = body.name;
  if (typeof feedId !== 'number' || typeof name !== 'string' || name === '')
    return { status: 400, body: 'feed_id, name' };
  if (!store.isSubscribed(feedId)) return forbidden();
  const { tagging, created } = store.tag(feedId, name);
  return json(taggingJson(tagging), created ? 201 : 302, { Location: `${apiUrl}taggings/${tagging.id}.json` });
}

/**
 * entries.md: newest first by created_at; `since` (created after), `read`, `starred`, `per_page`, `page`, or
 * `ids` (at most 100: the rest are not answered). Pages carry README.md's `Link` header (first, prev, next, last)
 * and `X-Feedbin-Record-Count`. A page past the last is an empty list here.
 */
function entries({ store, apiUrl }: RouteContext, request: FeedbinFakeRequest): Reply {
  const { query } = request;
  const ids = query.get('ids');
  if (ids !== null) {
    const wanted = new Set(ids.split(',').slice(0, IDS_LIMIT).map(Number));
    return json(
      store
        .visibleEntries()
        .filter((entry) => wanted.has(entry.id))
        .map(entryJson),
    );
  }
  let list = store.visibleEntries();
  const since = query.get('since');
  if (since !== null) {
    const sinceUs = parseIsoMicros(since);
    if (sinceUs === null) return { status: 400, body: 'since' };
    list = list.filter((entry) => entry.createdAtUs > sinceUs);
  }
  const read = query.get('read');
  if (read !== null) list = list.filter((entry) => store.unread.has(entry.id) === (read === 'false'));
  if (query.get('starred') === 'true') list = list.filter((entry) => store.starred.has(entry.id));
  const perPage = Math.max(1, Math.min(Number(query.get('per_page') ?? PAGE_LIMIT) || PAGE_LIMIT, PAGE_LIMIT));
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const lastPage = Math.max(1, Math.ceil(list.length / perPage));
  const slice = list.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(n));
    return `${apiUrl}entries.json?${params.toString()}`;
  };
  const links = [`<${pageUrl(1)}>; rel="first"`];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
  links.push(`<${pageUrl(lastPage)}>; rel="last"`);
  return json(slice.map(entryJson), 200, { Link: links.join(', '), 'X-Feedbin-Record-Count': String(list.length) });
}

/**
 * unread-entries.md, starred-entries.md: the ids in the body's list change; the answer lists those that did (an
 * entry of a feed no longer subscribed is left out). The docs give a limit of 1,000 ids per request without saying
 * what happens past it: the fake takes the first 1,000 and quietly drops the rest — the reading under which a
 * client that does not split its batches loses changes, so a test can see it.
 */
function changeStates(
  { store }: RouteContext,
  request: FeedbinFakeRequest,
  list: 'unread_entries' | 'starred_entries',
  add: boolean,
): Reply {
  const ids = objectOf(request.json)[list];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number')) return { status: 400, body: list };
  const set = list === 'unread_entries' ? store.unread : store.starred;
  const changed: number[] = [];
  for (const id of (ids as number[]).slice(0, STATE_IDS_LIMIT)) {
    const entry = store.entry(id);
    if (!entry || !store.isSubscribed(entry.feedId)) continue;
    if (add) set.add(id);
    else set.delete(id);
    changed.push(id);
  }
  return json(changed);
}

function visibleIds(store: FeedbinFakeStore, set: ReadonlySet<number>): number[] {
  return store
    .visibleEntries()
    .filter((entry) => set.has(entry.id))
    .map((entry) => entry.id);
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
