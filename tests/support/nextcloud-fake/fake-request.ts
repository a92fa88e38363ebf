/**
 * A request as the fake's routes see it and as tests inspect it afterwards, and the answer a route gives. Like
 * Nextcloud's App Framework, the routes read query and JSON body as one set of parameters
 * (docs/api/api-v1-3.md "Input": "the App Framework doesnt differentiate between them"), body last.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface FakeRequest {
  method: string;
  /** The route under the API base, without a leading slash: `items/read/multiple`, `feeds/3/move`. */
  endpoint: string;
  query: URLSearchParams;
  /** The JSON body as sent (undefined without one). */
  json: unknown;
  /** Query and body merged, body last. */
  params: Readonly<Record<string, unknown>>;
  headers: IncomingHttpHeaders;
  /** The status the fake answered with. */
  status: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Text as is; anything else as JSON. */
  body: unknown;
}

export const json = (body: unknown): Reply => ({ status: 200, body });
/** What a route that "returns nothing" answers: Nextcloud serialises the empty array. */
export const nothing = (): Reply => ({ status: 200, body: [] });
/** Nextcloud News's `JSONHttpError::error`: `{"message": …}` with the status. */
export const error = (status: number, message: string): Reply => ({ status, body: { message } });

/** An integer parameter (a JSON number, or decimal text from the query); `fallback` when absent or not one. */
export function intParam(params: FakeRequest['params'], name: string, fallback: number): number {
  const value = params[name];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return fallback;
}

/** A nullable integer parameter: null, 0 or absent mean "no folder" (FeedApiController: `$folderId === 0 ? null`). */
export function folderParam(params: FakeRequest['params']): number | null {
  const id = intParam(params, 'folderId', 0);
  return id === 0 ? null : id;
}

/**
 * A bool as Nextcloud's App Framework reads one (nextcloud/server lib/private/AppFramework/Http/Dispatcher.php: the
 * text `false` becomes false, anything else goes through PHP's settype, so `0` and the empty text are false too).
 */
export function boolParam(params: FakeRequest['params'], name: string, fallback: boolean): boolean {
  const value = params[name];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  return !(value === 'false' || value === '0' || value === 0 || value === '');
}

/** A list of integers (`itemIds`); anything else in it is dropped. */
export function idListParam(params: FakeRequest['params'], name: string): number[] {
  const value = params[name];
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}
