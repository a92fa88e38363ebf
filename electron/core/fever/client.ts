/**
 * The Fever API client the Fever backend calls (https://feedafever.com/api, as FreshRSS's p/api/fever.php and
 * Miniflux's internal/fever implement it): every call is a POST to `<endpoint>?api&<what>` with `api_key` in the
 * form body, over the core's `HttpTransport`. A refused key is no HTTP error: the answer is 200 with `"auth":0`,
 * and that is a FeverAuthError here, never success. Nothing about the database: what to ask and what to do with
 * the answers is the backend's business. Every failure is a FeverError (errors.ts), with no secret in it.
 */
import type { HttpResponse, HttpTransport } from '../net/http-transport';
import { retryAfterUntil } from '../net/retry-after';
import { FeverAuthError, FeverNetworkError, FeverRateLimitError, FeverRefusedError, FeverServerError } from './errors';
import { idList, parseAnswer, parseFeeds, parseFeedsGroups, parseGroups, parseItems } from './parse';
import type {
  FeverCallOptions,
  FeverFeed,
  FeverFeedsGroup,
  FeverGroup,
  FeverItem,
  FeverItemsQuery,
  FeverMarkAs,
} from './types';

/** At most this many items per `items` call, and ids per `with_ids` (Fever API docs; FreshRSS `LIMIT 50`). */
export const FEVER_ITEMS_PER_CALL = 50;

export interface FeverClientOptions {
  transport: HttpTransport;
  /** The Fever endpoint as the reader gave it (FreshRSS `https://host/api/fever.php`, Miniflux `https://host/fever/`). */
  apiUrl: string;
  /** `feverApiKey(user, password)`: kept in memory only, sent in the body of each call. */
  apiKey: string;
  /** The clock Retry-After dates are read against. */
  now?: () => Date;
}

export interface FeverClient {
  /** Resolves when the server accepts the key (`?api` alone); FeverAuthError when it answers `"auth":0`. */
  check(options?: FeverCallOptions): Promise<void>;
  groups(options?: FeverCallOptions): Promise<{ groups: FeverGroup[]; feedsGroups: FeverFeedsGroup[] }>;
  feeds(options?: FeverCallOptions): Promise<{ feeds: FeverFeed[]; feedsGroups: FeverFeedsGroup[] }>;
  /** One page of at most 50 items. */
  items(query: FeverItemsQuery, options?: FeverCallOptions): Promise<FeverItem[]>;
  unreadItemIds(options?: FeverCallOptions): Promise<string[]>;
  savedItemIds(options?: FeverCallOptions): Promise<string[]>;
  /**
   * `mark=item`. On some servers `saved` and `unsaved` toggle (the original Fever, Tiny Tiny RSS's plugin): the
   * caller sends them only where the item's saved state must change (see the backend's pusher).
   */
  markItem(id: string, as: FeverMarkAs, options?: FeverCallOptions): Promise<void>;
  /** `mark=feed&as=read&before=<seconds>`: the feed's items the server had up to that time, on its clock. */
  markFeedRead(id: string, beforeSeconds: number, options?: FeverCallOptions): Promise<void>;
  /** `mark=group&as=read&before=<seconds>`; group `0` is every item ("Kindling"). */
  markGroupRead(id: string, beforeSeconds: number, options?: FeverCallOptions): Promise<void>;
}

export function createFeverClient(options: FeverClientOptions): FeverClient {
  const now = options.now ?? (() => new Date());

  const call = async (what: string, fields: readonly [string, string][], callOptions?: FeverCallOptions) => {
    const endpoint = what;
    const url = `${options.apiUrl}${options.apiUrl.includes('?') ? '&' : '?'}api${what === '' ? '' : `&${what}`}`;
    const body = new URLSearchParams([['api_key', options.apiKey], ...fields]).toString();
    let response: HttpResponse;
    try {
      response = await options.transport({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        ...(callOptions?.signal ? { signal: callOptions.signal } : {}),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw new FeverNetworkError(endpoint || 'api', error);
    }
    const failure = failureFor(response, endpoint || 'api', now());
    if (failure !== null) throw failure;
    const answer = parseAnswer(response.body, endpoint || 'api');
    // The one sign of a refused key (FreshRSS, Miniflux: HTTP 200 with "auth":0).
    if (Number(answer.auth) !== 1) throw new FeverAuthError(endpoint || 'api');
    return answer;
  };

  const mark = async (kind: string, id: string, as: FeverMarkAs, before: number | null, o?: FeverCallOptions) => {
    const fields: [string, string][] = [
      ['mark', kind],
      ['as', as],
      ['id', id],
    ];
    if (before !== null) fields.push(['before', String(Math.floor(before))]);
    await call(`mark=${kind}`, fields, o);
  };

  return {
    async check(o) {
      await call('', [], o);
    },
    async groups(o) {
      const answer = await call('groups', [], o);
      return { groups: parseGroups(answer), feedsGroups: parseFeedsGroups(answer) };
    },
    async feeds(o) {
      const answer = await call('feeds', [], o);
      return { feeds: parseFeeds(answer), feedsGroups: parseFeedsGroups(answer) };
    },
    async items(query, o) {
      let what: string;
      if ('withIds' in query) {
        if (query.withIds.length === 0) return [];
        if (query.withIds.length > FEVER_ITEMS_PER_CALL)
          throw new RangeError(`Fever's with_ids takes at most ${FEVER_ITEMS_PER_CALL} ids.`);
        what = `items&with_ids=${query.withIds.join(',')}`;
      } else if ('maxId' in query) what = `items&max_id=${query.maxId}`;
      else what = `items&since_id=${query.sinceId}`;
      return parseItems(await call(what, [], o), 'items');
    },
    async unreadItemIds(o) {
      return idList((await call('unread_item_ids', [], o)).unread_item_ids);
    },
    async savedItemIds(o) {
      return idList((await call('saved_item_ids', [], o)).saved_item_ids);
    },
    markItem: (id, as, o) => mark('item', id, as, null, o),
    markFeedRead: (id, before, o) => mark('feed', id, 'read', before, o),
    markGroupRead: (id, before, o) => mark('group', id, 'read', before, o),
  };
}

/** An HTTP answer's status as a FeverError, or null for 2xx (whose body still says whether the key was accepted). */
function failureFor(response: HttpResponse, endpoint: string, now: Date) {
  const { status, headers } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) return new FeverAuthError(endpoint);
  const retryAfter = headers['retry-after'];
  if (status === 429 || (status === 503 && retryAfter !== undefined)) {
    const until = retryAfterUntil(retryAfter, now);
    return new FeverRateLimitError(status, until.getTime() - now.getTime(), endpoint);
  }
  if (status >= 500) return new FeverServerError(status, endpoint);
  return new FeverRefusedError(status, endpoint);
}
