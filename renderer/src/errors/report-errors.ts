/**
 * Sends the errors the window meets to the host's log through `app.reportError`: uncaught errors (React's
 * included: it reports what no boundary caught through `window.reportError`), unhandled rejections, and the
 * failed actions the ErrorProvider shows. Reports are cut to the contract's limits here so a long one is still
 * logged, and a report that fails is dropped: reporting must never add an error of its own.
 */
import { ApiError } from '@contract/errors';
import { ERROR_REPORT_LIMITS, type ErrorReport } from '@contract/methods/app';
import type { ApiClient } from '@contract/client';

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'A value that is not an Error was thrown.';
}

export function errorReport(
  kind: ErrorReport['kind'],
  error: unknown,
  extra: { action?: string; source?: string } = {},
): ErrorReport {
  const report: ErrorReport = { kind, message: cut(messageOf(error), ERROR_REPORT_LIMITS.message) };
  if (extra.action) report.action = cut(extra.action, ERROR_REPORT_LIMITS.action);
  if (error instanceof ApiError) report.code = error.code;
  if (extra.source) report.source = cut(extra.source, ERROR_REPORT_LIMITS.source);
  // An ApiError's stack only shows the client that received the answer, not where the trouble was.
  if (error instanceof Error && !(error instanceof ApiError) && error.stack)
    report.stack = cut(error.stack, ERROR_REPORT_LIMITS.stack);
  return report;
}

export function sendErrorReport(client: ApiClient, report: ErrorReport): void {
  try {
    client.call('app.reportError', report).catch(() => undefined);
  } catch {
    // A client that cannot even be called has nowhere to send this.
  }
}

/** Listens for what the page did not handle; returns the function that stops listening. */
export function installErrorReporting(client: ApiClient, target: Window = window): () => void {
  const onError = (event: ErrorEvent) => {
    const source = event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : undefined;
    sendErrorReport(client, errorReport('error', event.error ?? event.message, { source }));
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    sendErrorReport(client, errorReport('unhandledrejection', event.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
