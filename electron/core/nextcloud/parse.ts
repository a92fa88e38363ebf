/**
 * Server JSON → the checked types of types.ts. An entry without a usable id (folders, feeds, items) is skipped: it
 * could be neither stored nor referred to later.
 */
import { asBoolean, asId, asNumber, asObject, asText, type JsonObject } from './json-fields';
import type { NextcloudFeed, NextcloudFolder, NextcloudItem } from './types';

export function parseFolder(value: unknown): NextcloudFolder | null {
  const json = asObject(value);
  const id = asId(json?.id);
  const name = asText(json?.name);
  return json === null || id === null || name === null ? null : { id, name };
}

export function parseFeed(value: unknown): NextcloudFeed | null {
  const json = asObject(value);
  const id = asId(json?.id);
  const url = asText(json?.url);
  if (json === null || id === null || url === null) return null;
  return {
    id,
    url,
    title: asText(json.title),
    faviconLink: asText(json.faviconLink),
    link: asText(json.link),
    // The server sends null, or 0 from older versions, for a feed outside every folder.
    folderId: asId(json.folderId),
    unreadCount: asNumber(json.unreadCount) ?? 0,
    updateErrorCount: asNumber(json.updateErrorCount) ?? 0,
    lastUpdateError: asText(json.lastUpdateError),
  };
}

export function parseItem(value: unknown): NextcloudItem | null {
  const json = asObject(value);
  const id = asId(json?.id);
  const feedId = asId(json?.feedId);
  if (json === null || id === null || feedId === null) return null;
  const pubDate = asNumber(json.pubDate);
  return {
    id,
    feedId,
    guid: asText(json.guid),
    guidHash: asText(json.guidHash),
    url: asText(json.url),
    title: asText(json.title),
    author: asText(json.author),
    publishedAt: pubDate === null ? null : pubDate * 1000,
    body: asText(json.body),
    enclosureLink: asText(json.enclosureLink),
    enclosureMime: asText(json.enclosureMime),
    mediaThumbnail: asText(json.mediaThumbnail),
    unread: asBoolean(json.unread),
    starred: asBoolean(json.starred),
    lastModified: asNumber(json.lastModified),
    fingerprint: asText(json.fingerprint),
  };
}

export function parseAll<T>(values: readonly unknown[], parse: (value: unknown) => T | null): T[] {
  return values.map(parse).filter((entry): entry is T => entry !== null);
}

export function newestItemIdOf(json: JsonObject): string | null {
  return asId(json.newestItemId);
}
