/**
 * Reading Fever's JSON. Ids are integers on some servers (Miniflux, Tiny Tiny RSS) and numeric strings on FreshRSS
 * (its entry ids are crawl times in microseconds): both are kept as decimal strings, never as numbers. Lists of ids
 * come as one comma-separated string (`unread_item_ids`, `saved_item_ids`, `feeds_groups[].feed_ids`).
 */
import { FeverBadResponseError } from './errors';
import type { FeverFeed, FeverFeedsGroup, FeverGroup, FeverItem } from './types';

type JsonObject = Readonly<Record<string, unknown>>;

export function parseAnswer(body: string, endpoint: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new FeverBadResponseError(endpoint, 'it is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new FeverBadResponseError(endpoint, 'it is not a JSON object');
  return value as JsonObject;
}

/** An id as a decimal string: an integer that fits exactly, or a string of digits; null otherwise. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string' && /^\d{1,30}$/.test(value.trim())) return value.trim();
  return null;
}

/** `"1,2,3"` (or an array, which some servers send) as ids; anything else in it is left out. */
export function idList(value: unknown): string[] {
  const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return parts.flatMap((part) => {
    const id = idText(typeof part === 'string' ? part.trim() : part);
    return id === null ? [] : [id];
  });
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is JsonObject => entry !== null && typeof entry === 'object')
    : [];
}

export function parseGroups(answer: JsonObject): FeverGroup[] {
  return objects(answer.groups).flatMap((group) => {
    const id = idText(group.id);
    return id === null ? [] : [{ id, title: text(group.title) ?? id }];
  });
}

export function parseFeedsGroups(answer: JsonObject): FeverFeedsGroup[] {
  return objects(answer.feeds_groups).flatMap((entry) => {
    const groupId = idText(entry.group_id);
    return groupId === null ? [] : [{ groupId, feedIds: idList(entry.feed_ids) }];
  });
}

export function parseFeeds(answer: JsonObject): FeverFeed[] {
  return objects(answer.feeds).flatMap((feed) => {
    const id = idText(feed.id);
    const url = text(feed.url);
    if (id === null || url === null) return [];
    return [{ id, title: text(feed.title) ?? url, url, siteUrl: text(feed.site_url) || null }];
  });
}

export function parseItems(answer: JsonObject, endpoint: string): FeverItem[] {
  if (!Array.isArray(answer.items)) throw new FeverBadResponseError(endpoint, 'it holds no item list');
  return objects(answer.items).flatMap((item) => {
    const id = idText(item.id);
    const feedId = idText(item.feed_id);
    if (id === null || feedId === null) return [];
    const created = typeof item.created_on_time === 'number' ? item.created_on_time : Number(item.created_on_time);
    return [
      {
        id,
        feedId,
        title: text(item.title),
        author: text(item.author) || null,
        html: text(item.html),
        url: text(item.url) || null,
        isSaved: Number(item.is_saved) === 1,
        isRead: Number(item.is_read) === 1,
        createdOnTime: Number.isFinite(created) && created > 0 ? created : null,
      },
    ];
  });
}

/** Compares two decimal ids by value, exactly whatever their length (BigInt, never Number). */
export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
