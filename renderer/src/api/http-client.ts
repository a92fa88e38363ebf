import type { ApiClient } from '@contract/client';
import type { EventPayload, MethodArgs, MethodName, MethodResult } from '@contract/contract';
import { ApiError } from '@contract/errors';
import { checkExternalUrl } from '@contract/url-policy/external-policy';
import { PREVIEW_REQUEST_HEADER, PREVIEW_REQUEST_VALUE } from '@contract/preview-http';
import { EventSourceHub, type EventSourceFactory } from './event-source-hub';
import { unwrapEnvelope } from './unwrap-envelope';

export interface HttpClientOptions {
  /** Where the server lives; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  openEventSource?: EventSourceFactory;
  /** Opens a checked link in a new browser tab (the preview server cannot reach the reader's browser). */
  openWindow?: (url: string) => void;
}

/**
 * The browser-preview client: contract calls over HTTP, events over Server-Sent Events. The page holds no secret:
 * the browser sends the preview's HttpOnly cookie with every same-origin request.
 */
export function createHttpClient(options: HttpClientOptions = {}): ApiClient {
  const base = options.baseUrl ?? '/';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const openWindow = options.openWindow ?? ((url) => window.open(url, '_blank', 'noopener,noreferrer'));
  const hub = new EventSourceHub(`${base}api/events`, options.openEventSource ?? ((url) => new EventSource(url)));

  async function call<M extends MethodName>(method: M, ...args: MethodArgs<M>): Promise<MethodResult<M>> {
    let response: Response;
    try {
      response = await doFetch(`${base}api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [PREVIEW_REQUEST_HEADER]: PREVIEW_REQUEST_VALUE },
        body: JSON.stringify(args),
      });
    } catch {
      throw new ApiError('CORE_UNAVAILABLE', 'Broadsheet cannot reach its preview server. Is it still running?');
    }
    if (response.status === 403) throw refusedByPreview();
    if (!response.ok) {
      throw new ApiError('INTERNAL', `The preview server answered “${method}” with HTTP ${response.status}.`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('INTERNAL', `Broadsheet received a malformed answer to “${method}”.`);
    }
    const value = unwrapEnvelope<MethodResult<M>>(body, method);
    if (method === 'links.openExternal') openLinkLocally(value as MethodResult<'links.openExternal'>, openWindow);
    return value;
  }

  return {
    call,
    on(event, listener) {
      return hub.subscribe(event, (payload) => listener(payload as EventPayload<typeof event>));
    },
  };
}

/** The preview server lets in only a browser that opened the address it printed (and only until it restarts). */
export function refusedByPreview(): ApiError {
  return new ApiError(
    'FORBIDDEN',
    'The preview server refused this page. Open the address “npm run preview” printed (it starts with “Broadsheet preview:”) again.',
  );
}

/** The server checked and normalized the URL; check again, since a page must not open what it did not vet. */
function openLinkLocally(result: MethodResult<'links.openExternal'>, openWindow: (url: string) => void): void {
  if (result.opened) return;
  const verdict = checkExternalUrl(result.url);
  if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `This link was not opened: ${verdict.reason}.`);
  openWindow(verdict.url);
}
