/**
 * Reading fields out of server JSON without trusting it: each reader returns the value in the expected type or
 * null, so one odd field costs that field, not the whole answer. Only an answer that is not JSON at all (or not the
 * object a call expects) fails the call, as a NextcloudBadResponseError. (The same rules as greader/json-fields.ts;
 * kept apart so the two protocols share no code.)
 */
import { NextcloudBadResponseError } from './errors';

export type JsonObject = Readonly<Record<string, unknown>>;

export function parseJsonObject(body: string, endpoint: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new NextcloudBadResponseError(endpoint, 'it is not JSON');
  }
  const object = asObject(value);
  if (object === null) throw new NextcloudBadResponseError(endpoint, 'it is not a JSON object');
  return object;
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** The list under `key`, or a NextcloudBadResponseError when the answer has none. */
export function requireList(json: JsonObject, key: string, endpoint: string): readonly unknown[] {
  const value = json[key];
  if (!Array.isArray(value)) throw new NextcloudBadResponseError(endpoint, `it has no “${key}” list`);
  return value;
}

export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/** A positive integer id (a number, or its decimal text) as its decimal text; anything else null. */
export function asId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
  if (typeof value === 'string' && /^[1-9]\d{0,18}$/.test(value)) return value;
  return null;
}

export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

export function asBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}
