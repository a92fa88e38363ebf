/**
 * The UI is a single page that never navigates. Any navigation (a link in an
 * article, a script, a redirect, a dropped file) is stopped; a link the reader
 * followed goes to the system browser instead, if the safe-URL policy allows
 * it. New windows are never created, and `<webview>` is never attached.
 */
import type { WebContents } from 'electron';
import type { OpenExternal } from './external-links';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function installNavigationGuards(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    // Only a navigation of the whole page is a followed link; frames have no business navigating at all.
    if (event.isMainFrame) void openExternal(event.url);
  });
  // Covers navigations of sub-frames, which will-navigate does not report.
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
  });
  // A server redirect is never the reader's choice: stop it and open nothing.
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}
