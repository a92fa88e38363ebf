/**
 * Feedbin's JSON → checked types (types.ts). A record without its id (or a tagging without its name) is skipped;
 * any other odd field becomes null. Shapes from content/subscriptions.md, taggings.md, entries.md and
 * unread-entries.md.
 */
import { asId, asObject, asText, asTimeMs, parseJsonArray, parseJsonObject, type JsonObject } from './json-fields';
import type { FeedbinEntry, FeedbinFeedChoice, FeedbinSubscription, FeedbinTagging } from './types';

export function subscriptionOf(json: JsonObject): FeedbinSubscription | null {
  const id = asId(json.id);
  const feedId = asId(json.feed_id);
  if (id === null || feedId === null) return null;
  return {
    id,
    feedId,
    title: asText(json.title),
    feedUrl: asText(json.feed_url),
    siteUrl: asText(json.site_url),
    createdAtMs: asTimeMs(json.created_at),
  };
}

export function parseSubscriptions(body: string, endpoint: string): FeedbinSubscription[] {
  return records(parseJsonArray(body, endpoint), subscriptionOf);
}

/** One subscription (201, 302, PATCH): null when the object lacks its ids. */
export function parseSubscription(body: string, endpoint: string): FeedbinSubscription | null {
  return subscriptionOf(parseJsonObject(body, endpoint));
}

export function parseChoices(body: string, endpoint: string): FeedbinFeedChoice[] {
  return records(parseJsonArray(body, endpoint), (json) => {
    const feedUrl = asText(json.feed_url);
    return feedUrl === null ? null : { feedUrl, title: asText(json.title) };
  });
}

export function taggingOf(json: JsonObject): FeedbinTagging | null {
  const id = asId(json.id);
  const feedId = asId(json.feed_id);
  const name = asText(json.name);
  return id === null || feedId === null || name === null ? null : { id, feedId, name };
}

export function parseTaggings(body: string, endpoint: string): FeedbinTagging[] {
  return records(parseJsonArray(body, endpoint), taggingOf);
}

export function parseTagging(body: string, endpoint: string): FeedbinTagging | null {
  return taggingOf(parseJsonObject(body, endpoint));
}

export function parseEntries(body: string, endpoint: string): FeedbinEntry[] {
  return records(parseJsonArray(body, endpoint), (json) => {
    const id = asId(json.id);
    const feedId = asId(json.feed_id);
    if (id === null || feedId === null) return null;
    return {
      id,
      feedId,
      title: asText(json.title),
      url: asText(json.url),
      author: asText(json.author),
      content: asText(json.content),
      summary: asText(json.summary),
      publishedMs: asTimeMs(json.published),
      createdAt: asText(json.created_at),
      createdAtMs: asTimeMs(json.created_at),
    };
  });
}

/** A list of entry ids (`unread_entries.json`, `starred_entries.json` and their POST/DELETE answers). */
export function parseIdList(body: string, endpoint: string): string[] {
  const ids: string[] = [];
  for (const value of parseJsonArray(body, endpoint)) {
    const id = asId(value);
    if (id !== null) ids.push(id);
  }
  return ids;
}

function records<T>(list: readonly unknown[], read: (json: JsonObject) => T | null): T[] {
  const result: T[] = [];
  for (const value of list) {
    const json = asObject(value);
    const record = json === null ? null : read(json);
    if (record !== null) result.push(record);
  }
  return result;
}
