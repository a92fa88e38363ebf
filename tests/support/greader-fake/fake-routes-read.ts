/** The reading endpoints of the fake. */
import { itemsResponseJson, subscriptionListJson, tagListJson } from './fake-json';
import { badRequest, json, type FakeRequest, type Reply } from './fake-request';
import type { FakeItem, FakeStore } from './fake-store';
import { pageOf, streamMatcher, type ItemMatcher, type Page } from './fake-streams';

export type Route = (store: FakeStore, request: FakeRequest, user: string) => Reply;

export const readRoutes: Record<string, Route> = {
  'reader/api/0/user-info': (store, _request, user) =>
    json({
      userId: store.variant.userPart === '-' ? user : store.variant.userPart,
      userName: user,
      userEmail: `${user}@example.invalid`,
    }),
  'reader/api/0/subscription/list': (store) => json(subscriptionListJson(store)),
  'reader/api/0/tag/list': (store) => json(tagListJson(store)),
  'reader/api/0/stream/items/ids': (store, request) => {
    const page = queryPage(store, request, request.params.get('s'));
    if ('status' in page) return page;
    return json({
      itemRefs: page.items.map((item) => ({ id: item.shortId })),
      ...(page.continuation === null ? {} : { continuation: page.continuation }),
    });
  },
  'reader/api/0/stream/items/contents': (store, request) => {
    const items: FakeItem[] = [];
    for (const id of request.params.getAll('i')) {
      const item = store.resolveItemParam(id);
      // BazQux fails the whole call on a bare hex id (jocmp/capyreader pull request #2084).
      if (item === 'bare-hex') return { status: 500, body: 'Prelude.read: no parse' };
      if (item !== undefined) items.push(item);
    }
    return json(itemsResponseJson(store, items));
  },
  'reader/api/0/stream/contents': (store, request) => {
    if (!store.variant.streamContents) return { status: 200, body: [] };
    const page = queryPage(store, request, request.params.get('s') ?? 'user/-/state/com.google/reading-list');
    if ('status' in page) return page;
    return json(itemsResponseJson(store, page.items, page.continuation));
  },
};

function queryPage(store: FakeStore, request: FakeRequest, stream: string | null): Page | Reply {
  const { params } = request;
  if (stream === null) return badRequest('s is required');
  if (!store.variant.labelStreamsInItemIds && /^user\/[^/]+\/label\//.test(stream)) {
    return badRequest('label streams are not supported');
  }
  const include = streamMatcher(stream);
  if (include === null) return badRequest(`unknown stream ${stream}`);
  const exclude = matchers(params.getAll('xt'));
  // Miniflux parses it= but ignores it (internal/googlereader/README.md).
  const filters = store.variant.includeFilter ? matchers(params.getAll('it')) : [];
  if (exclude === null || filters === null) return badRequest('unknown stream in xt or it');
  const ot = params.get('ot');
  const page = pageOf(store, {
    include: (item) => include(item) && filters.every((filter) => filter(item)),
    exclude,
    sinceUsec: ot !== null && /^\d+$/.test(ot) ? Number(ot) * 1e6 : null,
    count: countOf(params.get('n')),
    oldestFirst: params.get('r') === 'o',
    continuation: params.get('c'),
  });
  return page ?? badRequest('bad continuation');
}

function matchers(streams: string[]): ItemMatcher[] | null {
  const list: ItemMatcher[] = [];
  for (const stream of streams) {
    const matcher = streamMatcher(stream);
    if (matcher === null) return null;
    list.push(matcher);
  }
  return list;
}

/** `n`, 20 when absent (Google Reader's default, kept by Inoreader and BazQux). */
function countOf(n: string | null): number {
  const count = n === null ? 20 : Number(n);
  return Number.isInteger(count) && count > 0 ? count : 20;
}
