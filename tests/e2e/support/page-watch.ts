/**
 * Collects everything a healthy page must not produce: console errors and
 * warnings (Chromium reports Content-Security-Policy violations there),
 * uncaught exceptions and failed requests.
 *
 * A request that the browser cancelled because its document navigated away
 * (a reload, a new address) is not a failure of the app: Chromium asks for
 * the favicon only after the page has loaded, and keeps the event stream open
 * for the page's life, so a test that reloads soon after the app appears
 * aborts one or both (`net::ERR_ABORTED`). Such a request is recognised by
 * the navigation itself — its frame, or a frame containing it, started a new
 * navigation after the request was sent — never by address, so an answer of
 * 400 or more, a blocked request, or an abort without a navigation still
 * counts.
 */
import type { Frame, Page, Request } from 'playwright-core';

export interface PageProblems {
  console: string[];
  pageErrors: string[];
  /** Requests that answered 400 or above, or failed for any reason but their document navigating away. */
  failedRequests: string[];
  cspViolations(): string[];
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = {
    console: [],
    pageErrors: [],
    failedRequests: [],
    cspViolations: () => problems.console.filter((text) => /Content Security Policy/i.test(text)),
  };
  const navigations = watchNavigations(page);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'failed';
    if (errorText === 'net::ERR_ABORTED' && navigations.navigatedAwayFrom(request)) return;
    problems.failedRequests.push(`${request.url()}: ${errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

interface NavigationLog {
  /** Whether the request's frame, or a frame containing it, began a navigation after the request was sent. */
  navigatedAwayFrom(request: Request): boolean;
}

function watchNavigations(page: Page): NavigationLog {
  const started = new WeakMap<Frame, number>();
  const sentDuring = new WeakMap<Request, Array<[Frame, number]>>();
  const count = (frame: Frame) => started.get(frame) ?? 0;

  page.on('request', (request) => {
    const frame = frameOf(request);
    if (!frame) return;
    if (request.isNavigationRequest()) started.set(frame, count(frame) + 1);
    const frames: Array<[Frame, number]> = [];
    for (let at: Frame | null = frame; at; at = at.parentFrame()) frames.push([at, count(at)]);
    sentDuring.set(request, frames);
  });

  return {
    navigatedAwayFrom: (request) =>
      (sentDuring.get(request) ?? []).some(([frame, navigationsThen]) => count(frame) > navigationsThen),
  };
}

/** Service-worker requests have no frame; they never count as navigated away. */
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame();
  } catch {
    return undefined;
  }
}
