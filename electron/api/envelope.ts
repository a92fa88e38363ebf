/**
 * What every call returns on the wire. Electron's IPC and JSON over HTTP both
 * strip error classes, so results and errors travel as tagged data.
 */
import { toApiErrorData, type ApiErrorData } from './errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export function success<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failure(error: unknown): Envelope<never> {
  return { ok: false, error: toApiErrorData(error) };
}
