/**
 * Writes what the window reports through `app.reportError` (already bounded by the contract's schema) as one line
 * under `broadsheet.renderer`; start-log.ts limits how many such lines a minute reach the file.
 */
import type { ErrorReport } from '../../api/methods/app';
import { rendererLog } from './loggers';

const WHAT: Record<ErrorReport['kind'], string> = {
  error: 'Uncaught error',
  unhandledrejection: 'Unhandled rejection',
  action: '{action} failed',
};

export function logRendererError(report: ErrorReport): void {
  let template = `${WHAT[report.kind]}: {message}`;
  if (report.code) template += ' ({code})';
  if (report.source) template += ' at {source}';
  if (report.stack) template += ' | {stack}';
  rendererLog.error(template, { ...report, action: report.action ?? 'An action' });
}
