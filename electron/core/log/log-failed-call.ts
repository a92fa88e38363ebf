/**
 * Which failed calls the log keeps: the ones nobody meant. An `ApiError` the core threw on purpose (not found,
 * invalid, conflict) is an answer, written for the reader, and not logged; anything else, a full disk included,
 * is logged with its stack.
 */
import { ApiError } from '../../api/errors';
import { coreLog } from './core-log';

export function isUnexpected(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'INTERNAL';
}

export function logFailedCall(method: string, error: unknown): void {
  if (isUnexpected(error)) coreLog.error('{method} failed: {error}', { method, error });
}
