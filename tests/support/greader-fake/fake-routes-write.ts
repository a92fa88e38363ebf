/** The writing endpoints of the fake: every one a POST, answered `OK` (quickadd: JSON) like the real servers. */
import { badRequest, json, ok } from './fake-request';
import type { FakeItem } from './fake-store';
import { streamMatcher } from './fake-streams';
import type { Route } from './fake-routes-read';

const LABEL = /^user\/[^/]+\/label\/(.+)$/;
const STATE = /^user\/[^/]+\/state\/com\.google\/(.+)$/;

export const writeRoutes: Record<string, Route> = {
  'reader/api/0/edit-tag': (store, request) => {
    const items: FakeItem[] = [];
    for (const id of request.form.getAll('i').concat(request.query.getAll('i'))) {
      const item = store.resolveItemParam(id);
      if (item === 'bare-hex') return { status: 500, body: 'Prelude.read: no parse' };
      if (item !== undefined) items.push(item);
    }
    // Miniflux reads a and r from the body only (internal/googlereader/README.md, "POST parameter parsing").
    let adds = request.form.getAll('a');
    let removes = request.form.getAll('r');
    // FreshRSS keeps only the last a= and the last r= (../shared/servers/freshrss/README.md).
    if (store.variant.editTagLastTagOnly) {
      adds = adds.slice(-1);
      removes = removes.slice(-1);
    }
    // Miniflux: "unsupported tag types cause an error" (internal/googlereader/README.md, edit-tag).
    if (store.variant.itemLabels === 'refused' && [...adds, ...removes].some((tag) => LABEL.test(tag))) {
      return badRequest('unsupported tag type');
    }
    for (const item of items) {
      for (const tag of adds) applyTag(store, item, tag, true);
      for (const tag of removes) applyTag(store, item, tag, false);
    }
    return ok();
  },
  'reader/api/0/mark-all-as-read': (store, request) => {
    const stream = request.params.get('s');
    const matcher = stream === null ? null : markAllMatcher(store, stream);
    if (matcher === null) return badRequest('s must be a feed, a label or the reading list');
    const ts = request.params.get('ts');
    // Miniflux: "if ts has at least 16 digits, it is interpreted as microseconds … otherwise … seconds"; FreshRSS
    // compares ts with its ids, which are microseconds.
    const untilUsec = ts === null || !/^\d+$/.test(ts) ? Infinity : ts.length >= 16 ? Number(ts) : Number(ts) * 1e6;
    const covered =
      store.variant.markAllCompares === 'published'
        ? (item: FakeItem) => item.publishedSec * 1e6 < untilUsec
        : (item: FakeItem) => item.crawlUsec <= untilUsec;
    for (const item of store.items) {
      if (item.feed.subscribed && covered(item) && matcher(item)) item.read = true;
    }
    return ok();
  },
  'reader/api/0/subscription/edit': (store, request) => {
    const { params } = request;
    const stream = params.get('s') ?? '';
    const action = params.get('ac');
    const title = params.get('t');
    const add = LABEL.exec(params.get('a') ?? '')?.[1];
    const remove = LABEL.exec(params.get('r') ?? '')?.[1];
    if (action === 'subscribe') {
      const url = stream.replace(/^feed\//, '');
      if (!/^https?:\/\//.test(url)) return badRequest('subscribe needs feed/<url>');
      // FreshRSS fetches the feed first and answers 400 when it cannot; "missing" in the path stands for that.
      if (url.includes('missing')) return badRequest(`no feed at ${url}`);
      const feed = store.addFeed(url, title ?? url);
      if (add !== undefined) store.putInFolder(feed, add);
      return ok();
    }
    const feed = store.feed(stream);
    if (feed === undefined) return badRequest(`no subscription ${stream}`);
    if (action === 'unsubscribe') store.unsubscribe(feed);
    else if (action === 'edit') {
      if (title !== null && title !== '') feed.title = title;
      if (add !== undefined) store.putInFolder(feed, add);
      // Miniflux: "removing a label is not implemented here" (variants.ts, feedsAlwaysInFolder).
      if (remove !== undefined && !store.variant.feedsAlwaysInFolder)
        feed.folders = feed.folders.filter((name) => name !== remove);
    } else return badRequest('unknown ac');
    return ok();
  },
  'reader/api/0/subscription/quickadd': (store, request) => {
    const url = request.params.get('quickadd') ?? '';
    // A URL with "missing" in its path stands for a site that answers 404, as FreshRSS reports it (numResults 0).
    if (!/^https?:\/\/[^/]+/.test(url) || url.includes('missing')) {
      return json({ numResults: 0, query: url, error: `No feed was found at ${url}.` });
    }
    const feed = store.feedByUrl(url) ?? store.addFeed(url, `Feed at ${new URL(url).host}`);
    return json({ numResults: 1, query: url, streamId: feed.streamId, streamName: feed.title });
  },
  'reader/api/0/rename-tag': (store, request) => {
    const from = LABEL.exec(request.params.get('s') ?? '')?.[1];
    const to = LABEL.exec(request.params.get('dest') ?? '')?.[1];
    if (from === undefined || to === undefined) return badRequest('s and dest must be labels');
    store.renameLabel(from, to);
    return ok();
  },
  'reader/api/0/disable-tag': (store, request) => {
    const name = LABEL.exec(request.params.get('s') ?? '')?.[1];
    if (name === undefined) return badRequest('s must be a label');
    if (store.variant.feedsAlwaysInFolder) {
      // Miniflux moves the label's feeds to the first remaining category, and fails when none would remain.
      const remaining = store.visibleLabels().find((label) => label.type === 'folder' && label.name !== name);
      if (remaining === undefined) return { status: 500, body: { error_message: 'at least one category must remain' } };
      const moved = store.subscribedFeeds().filter((feed) => feed.folders.includes(name));
      store.deleteLabel(name);
      for (const feed of moved) store.putInFolder(feed, remaining.name);
      return ok();
    }
    store.deleteLabel(name);
    return ok();
  },
};

/** FreshRSS: a label names its category if there is one, else its tag, else nothing (a 400). */
function markAllMatcher(store: Parameters<Route>[0], stream: string) {
  const label = LABEL.exec(stream)?.[1];
  if (label === undefined || store.variant.markAllLabel === 'folder-or-tag') return streamMatcher(stream);
  if (store.subscribedFeeds().some((feed) => feed.folders.includes(label)))
    return (item: FakeItem) => item.feed.folders.includes(label);
  if (store.labels.some((entry) => entry.name === label && entry.type === 'tag'))
    return (item: FakeItem) => item.tags.has(label);
  return null;
}

function applyTag(store: Parameters<Route>[0], item: FakeItem, tag: string, on: boolean): void {
  const state = STATE.exec(tag)?.[1];
  if (state === 'read') item.read = on;
  else if (state === 'kept-unread') item.read = !on;
  else if (state === 'starred') item.starred = on;
  const label = LABEL.exec(tag)?.[1];
  if (label === undefined || store.variant.itemLabels !== 'kept') return;
  if (on) {
    item.tags.add(label);
    store.ensureLabel(label, 'tag');
  } else item.tags.delete(label);
}
