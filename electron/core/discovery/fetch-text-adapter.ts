/**
 * Discovery's `FetchText` over the fetcher's result union. Typed
 * structurally so discovery does not depend on the fetcher's internals: pass
 * `(url) => fetcher.fetchResource(url)`.
 */
import type { FetchText } from './types';

export type ResourceResult =
  | { kind: 'ok'; finalUrl: string; body: Uint8Array; contentType: string | null }
  | { kind: 'not-modified' | 'gone' | 'retry-later' | 'error'; message?: string; reason?: string };

export function fetchTextFrom(fetchResource: (url: string) => Promise<ResourceResult>): FetchText {
  return async (url) => {
    const result = await fetchResource(url);
    if (result.kind === 'ok') return { finalUrl: result.finalUrl, contentType: result.contentType, body: result.body };
    // A discovery fetch is never conditional, so not-modified cannot happen; say something sane anyway.
    throw new Error(result.message ?? result.reason ?? 'the server did not send the page');
  };
}
