import { vi } from 'vitest';
import type { ApiClient } from '@contract/client';
import type { EventName, EventPayload, MethodArgs, MethodName, MethodResult } from '@contract/contract';
import type { Account } from '@contract/methods/accounts';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';

type Handler<M extends MethodName> = (...args: MethodArgs<M>) => MethodResult<M> | Promise<MethodResult<M>>;
export type FakeHandlers = { [M in MethodName]?: Handler<M> };

/** The one account of a fresh install: the feeds Broadsheet checks itself. */
export const LOCAL_ACCOUNT: Account = {
  id: 'local',
  kind: 'local',
  service: null,
  name: 'On this computer',
  url: null,
  user: null,
  status: 'ok',
  lastSyncAt: null,
  lastError: null,
  capabilities: { subscriptions: true, folders: true, starred: true, markAllOnServer: false, itemLabels: false },
  feedCount: 0,
  unreadCount: 0,
  unreadToDownload: 0,
};

/** What a fresh install answers: no sections, feeds or articles, no notices, default settings. */
const DEFAULTS: FakeHandlers = {
  'app.getInfo': () => ({
    name: 'Broadsheet',
    version: '9.8.7',
    runtime: 'preview',
    platform: 'linux',
    versions: { node: '24.0.0', sqlite: '3.50.0', electron: null, chrome: null },
    dataDir: '/tmp/broadsheet',
  }),
  'app.listNotices': () => [],
  'app.dismissNotice': () => null,
  'app.reportError': () => null,
  'sections.list': () => [],
  'feeds.list': () => [],
  'articles.counts': () => ({ unread: 0, today: 0, bookmarks: 0, sections: [], feeds: [] }),
  'articles.frontPage': () => ({ sections: [] }),
  'articles.list': () => ({ items: [], nextCursor: null }),
  'articles.markRead': (target) => ({ changed: target.kind === 'articles' ? target.ids.length : 1 }),
  'bookmarks.set': (articleId, input) => ({
    articleId,
    createdAt: '2025-06-15T12:00:00.000Z',
    tags: input.tags ?? [],
    note: input.note ?? '',
  }),
  'bookmarks.remove': () => null,
  'settings.get': () => DEFAULT_SETTINGS,
  'settings.update': (patch) => ({
    ...DEFAULT_SETTINGS,
    ...patch,
    reading: DEFAULT_SETTINGS.reading,
    notifications: DEFAULT_SETTINGS.notifications,
  }),
  'links.openExternal': (url) => ({ opened: true, url }),
  'images.map': () => ({}),
  'images.thumbnails': () => ({}),
  'images.feedIcons': () => ({}),
  'sync.status': () => ({
    online: true,
    running: null,
    nextCheckAt: null,
    notice: null,
    lastFinished: null,
    refreshIntervalMinutes: 30,
  }),
  'library.offerDefaults': () => ({ offer: false, sections: [], feeds: 0 }),
  'accounts.list': () => [LOCAL_ACCOUNT],
  'accounts.services': () => [],
  'accounts.passwordStorage': () => ({ kind: 'keychain' }),
  'rules.list': () => [],
};

export interface FakeClient extends ApiClient {
  /** Every call made, in order, as [method, ...args]. */
  calls: ReturnType<typeof vi.fn>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventName): number;
}

/** An in-memory ApiClient: the real contract's shape, answers from `handlers` or fresh-install defaults. */
export function createFakeClient(handlers: FakeHandlers = {}): FakeClient {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls = vi.fn();
  return {
    calls,
    async call<M extends MethodName>(method: M, ...args: MethodArgs<M>): Promise<MethodResult<M>> {
      calls(method, ...args);
      const handler = (handlers[method] ?? DEFAULTS[method]) as Handler<M> | undefined;
      if (!handler) throw new Error(`The fake client has no answer for ${method}.`);
      return handler(...args);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
    listenerCount(event) {
      return listeners.get(event)?.size ?? 0;
    },
  };
}
