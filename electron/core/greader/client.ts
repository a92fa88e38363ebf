/**
 * The Google Reader API client the greader backend calls: one object per account, holding the session in memory
 * (never on disk). It knows the protocol and each service's quirks (services.ts) and nothing about the database:
 * what to fetch and what to do with it is the backend's business. Every failure is a GReaderError (errors.ts).
 */
import type { HttpTransport } from '../net/http-transport';
import { clientLogin } from './client-login';
import * as reads from './client-reads';
import * as writes from './client-writes';
import { GREADER_SERVICES, type GReaderService, type GReaderServiceId } from './services';
import { createSession } from './session';
import type {
  GReaderCallOptions,
  GReaderEditTag,
  GReaderItem,
  GReaderItemIdsPage,
  GReaderItemIdsQuery,
  GReaderQuickAddResult,
  GReaderSubscription,
  GReaderSubscriptionEdit,
  GReaderTag,
  GReaderUserInfo,
} from './types';

export interface GReaderClientOptions {
  transport: HttpTransport;
  /** The API endpoint (`completeApiUrl`), e.g. `https://host/api/greader.php` or `https://www.inoreader.com`. */
  apiUrl: string;
  service: GReaderServiceId | GReaderService;
  /** Inoreader's App ID and App key, sent as the AppId and AppKey headers. */
  appId?: string;
  appKey?: string;
  /** The clock Retry-After dates are read against. */
  now?: () => Date;
}

export interface GReaderClient {
  readonly service: GReaderService;
  /** Signs in (ClientLogin), keeps the Auth token and returns it. Refused: GReaderAuthError('password'). */
  login(user: string, password: string, options?: GReaderCallOptions): Promise<string>;
  /** Uses an Auth token kept from an earlier login (in memory only); null signs out. */
  setAuth(token: string | null): void;
  /** The Auth token in use, or null. */
  auth(): string | null;
  /** The T write token (fetched on first use, then kept until the server refuses it). */
  token(options?: GReaderCallOptions): Promise<string>;
  userInfo(options?: GReaderCallOptions): Promise<GReaderUserInfo>;
  subscriptions(options?: GReaderCallOptions): Promise<GReaderSubscription[]>;
  /** Labels (folders and tags) in the server's order, states left out. */
  tags(options?: GReaderCallOptions): Promise<GReaderTag[]>;
  itemIds(query: GReaderItemIdsQuery, options?: GReaderCallOptions): Promise<GReaderItemIdsPage>;
  /** Every page of `itemIds`, one at a time. */
  itemIdPages(query: GReaderItemIdsQuery, options?: GReaderCallOptions): AsyncGenerator<GReaderItemIdsPage>;
  itemContents(ids: readonly string[], options?: GReaderCallOptions): Promise<GReaderItem[]>;
  editTag(edit: GReaderEditTag, options?: GReaderCallOptions): Promise<void>;
  markAllAsRead(stream: string, timestampUsec: string, options?: GReaderCallOptions): Promise<void>;
  subscriptionEdit(edit: GReaderSubscriptionEdit, options?: GReaderCallOptions): Promise<void>;
  quickAdd(url: string, options?: GReaderCallOptions): Promise<GReaderQuickAddResult>;
  renameTag(from: string, to: string, options?: GReaderCallOptions): Promise<void>;
  disableTag(stream: string, options?: GReaderCallOptions): Promise<void>;
}

export function createGReaderClient(options: GReaderClientOptions): GReaderClient {
  const service = typeof options.service === 'string' ? GREADER_SERVICES[options.service] : options.service;
  const now = options.now ?? (() => new Date());
  const session = createSession({
    transport: options.transport,
    apiUrl: options.apiUrl,
    service,
    appId: options.appId,
    appKey: options.appKey,
    now,
  });
  return {
    service,
    async login(user, password, callOptions) {
      const token = await clientLogin(session, now, user, password, callOptions);
      session.setAuth(token);
      return token;
    },
    setAuth: (token) => session.setAuth(token),
    auth: () => session.auth(),
    token: (callOptions) => session.writeToken(callOptions),
    userInfo: (callOptions) => reads.userInfo(session, callOptions),
    subscriptions: (callOptions) => reads.subscriptions(session, callOptions),
    tags: (callOptions) => reads.tags(session, callOptions),
    itemIds: (query, callOptions) => reads.itemIds(session, query, callOptions),
    itemIdPages: (query, callOptions) => reads.itemIdPages(session, query, callOptions),
    itemContents: (ids, callOptions) => reads.itemContents(session, ids, callOptions),
    editTag: (edit, callOptions) => writes.editTag(session, edit, callOptions),
    markAllAsRead: (stream, ts, callOptions) => writes.markAllAsRead(session, stream, ts, callOptions),
    subscriptionEdit: (edit, callOptions) => writes.subscriptionEdit(session, edit, callOptions),
    quickAdd: (url, callOptions) => writes.quickAdd(session, url, callOptions),
    renameTag: (from, to, callOptions) => writes.renameTag(session, from, to, callOptions),
    disableTag: (stream, callOptions) => writes.disableTag(session, stream, callOptions),
  };
}
