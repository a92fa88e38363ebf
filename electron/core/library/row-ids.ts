/**
 * Ids cross the contract as strings; the store keys rows by integers. A
 * string that cannot be one of our ids names nothing, so it is NOT_FOUND
 * rather than a crash or a query with a NaN in it.
 */
import { ApiError } from '../../api/errors';

const ROW_ID = /^[1-9][0-9]{0,14}$/;

export function toRowId(id: string, what: string): number {
  if (!ROW_ID.test(id)) throw notFound(what, id);
  return Number(id);
}

export function toIdString(rowId: number | bigint): string {
  return String(rowId);
}

export function optionalId(rowId: number | bigint | null): string | null {
  return rowId === null ? null : String(rowId);
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `No ${what} with id "${id.slice(0, 50)}".`);
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
