/**
 * Reading fields out of Feedbin's JSON without trusting it: each reader returns the value in the expected type or
 * null, so one odd field costs that field (or that record), not the whole answer. Only an answer that is not JSON
 * at all, or not the array or object a call expects, fails the call as a FeedbinBadResponseError.
 */
import { FeedbinBadResponseError } from './errors';

export type JsonObject = Readonly<Record<string, unknown>>;

function parseJson(body: string, endpoint: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new FeedbinBadResponseError(endpoint, 'it is not JSON');
  }
}

export function parseJsonObject(body: string, endpoint: string): JsonObject {
  const object = asObject(parseJson(body, endpoint));
  if (object === null) throw new FeedbinBadResponseError(endpoint, 'it is not a JSON object');
  return object;
}

export function parseJsonArray(body: string, endpoint: string): readonly unknown[] {
  const value = parseJson(body, endpoint);
  if (!Array.isArray(value)) throw new FeedbinBadResponseError(endpoint, 'it is not a JSON list');
  return value;
}

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** A non-empty string, or null. */
export function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A record id: Feedbin sends integers; kept as their decimal text (opaque everywhere past this client). A numeric
 * string is taken too; anything else (a fraction, a negative, a word) is no id.
 */
export function asId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return String(Number(value));
  return null;
}

/** An ISO 8601 time as epoch ms, or null. */
export function asTimeMs(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
