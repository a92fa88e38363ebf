/**
 * Reading fields out of server JSON without trusting it: each reader returns the value in the expected type or
 * null, so one odd field costs that field, not the whole answer. Only an answer that is not JSON at all (or not the
 * object a call expects) fails the call, as a GReaderBadResponseError.
 */
import { GReaderBadResponseError } from './errors';

export type JsonObject = Readonly<Record<string, unknown>>;

/** The body as a JSON object, or a GReaderBadResponseError naming the endpoint. */
export function parseJsonObject(body: string, endpoint: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new GReaderBadResponseError(endpoint, 'it is not JSON');
  }
  const object = asObject(value);
  if (object === null) throw new GReaderBadResponseError(endpoint, 'it is not a JSON object');
  return object;
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string; a finite number (ids, timestamps some servers send unquoted) as its decimal text. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number, also from a numeric string (`"1704276000"`). */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

/** Every string in a list; anything else in it is skipped. */
export function asTextList(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === 'string' && entry !== '');
}
