import type { BrowserContext, Route } from 'playwright-core';

/**
 * "The internet is down" for a page served by the preview. Playwright's
 * setOffline cuts every request, 127.0.0.1 included, which never happens to
 * the real app (the desktop app's UI, API and image cache are all local).
 * So the context goes offline — navigator.onLine is false, the `offline`
 * event fires, and every request to the web fails — while requests to the
 * preview itself are carried by Playwright from the test process. The event
 * stream cannot be relayed (a fulfilled response is buffered whole); it
 * answers with an empty stream that asks the browser to retry much later.
 */
export async function cutInternet(context: BrowserContext, previewUrl: string): Promise<void> {
  const origin = new URL(previewUrl).origin;
  await context.route(
    (url) => url.origin === origin,
    async (route: Route) => {
      if (new URL(route.request().url()).pathname.startsWith('/api/events')) {
        await route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 600000\n\n' });
        return;
      }
      await route.fulfill({ response: await route.fetch() });
    },
  );
  await context.setOffline(true);
}
