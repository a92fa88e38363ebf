/** Whether the preview server served this page: it adds a marker meta tag to index.html, the desktop app does not. */
import { BRIDGE_GLOBAL, type ApiClient, type PreloadBridge } from '@contract/client';
import { PREVIEW_PAGE_META } from '@contract/preview-http';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';

export function isPreviewPage(doc: Document = document): boolean {
  return doc.querySelector(`meta[name="${PREVIEW_PAGE_META}"]`) !== null;
}

export class NoBackendError extends Error {
  constructor() {
    super(
      'Broadsheet could not find its library. Open the desktop app, or start the browser preview with “npm run preview” and use the address it prints.',
    );
    this.name = 'NoBackendError';
  }
}

/** The desktop preload exposes a bridge; otherwise this page came from the preview server. */
export function chooseApiClient(win: Window = window, doc: Document = document): ApiClient {
  const bridge = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] as PreloadBridge | undefined;
  if (bridge && typeof bridge === 'object') return createIpcClient(bridge);
  if (isPreviewPage(doc)) return createHttpClient();
  throw new NoBackendError();
}
