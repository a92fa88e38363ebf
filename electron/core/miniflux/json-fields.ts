/**
 * Reading Miniflux's JSON without trusting it: each reader returns the value in the expected type or null, so one
 * odd field costs that field, not the whole answer. Only an answer that is not JSON at all, or not the object or
 * list a call expects, fails the call (MinifluxBadResponseError).
 */
import { MinifluxBadResponseError } from './errors';

export type JsonObject = Readonly<Record<string, unknown>>;

export function parseJson(body: string | null, endpoint: string): unknown {
  try {
    return JSON.parse(body ?? '');
  } catch {
    throw new MinifluxBadResponseError(endpoint, 'it is not JSON');
  }
}

export function parseObject(body: string | null, endpoint: string): JsonObject {
  const object = asObject(parseJson(body, endpoint));
  if (object === null) throw new MinifluxBadResponseError(endpoint, 'it is not a JSON object');
  return object;
}

export function parseList(body: string | null, endpoint: string): readonly unknown[] {
  const value = parseJson(body, endpoint);
  // Go encodes an empty slice left nil as `null`.
  if (value === null) return [];
  if (!Array.isArray(value)) throw new MinifluxBadResponseError(endpoint, 'it is not a JSON list');
  return value;
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** An id: a positive integer on the wire (or its decimal text), as a decimal string. */
export function asId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
  if (typeof value === 'string' && /^[1-9]\d{0,18}$/.test(value)) return value;
  return null;
}

export function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** An RFC 3339 time (Go's `time.Time`) as epoch ms; Go's zero time (`0001-01-01…`) is no time. */
export function asTimeMs(value: unknown): number | null {
  if (typeof value !== 'string' || value.startsWith('0001-')) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function asCount(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}
