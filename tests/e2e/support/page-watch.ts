import type { Page } from 'playwright-core';

/**
 * Collects everything a healthy page must not produce: console errors and
 * warnings (Chromium reports Content-Security-Policy violations there),
 * uncaught exceptions and failed requests.
 */
export interface PageProblems {
  console: string[];
  pageErrors: string[];
  /** Requests that failed outright or answered 400 or above. */
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
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    // Closing the page aborts the open event stream; that is not a failure of the app.
    if (request.url().includes('/api/events')) return;
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}
