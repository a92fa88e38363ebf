import { BRIDGE_GLOBAL, type ApiClient, type PreloadBridge } from '@contract/client';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';

/** The meta tag the preview server adds to index.html; the desktop app has no such tag. */
export const SECRET_META_NAME = 'broadsheet-preview-secret';

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
  const secret = doc.querySelector<HTMLMetaElement>(`meta[name="${SECRET_META_NAME}"]`)?.content;
  if (secret) return createHttpClient({ secret });
  throw new NoBackendError();
}
