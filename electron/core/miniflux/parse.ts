/** Miniflux's objects (internal/model: User, Category, Feed, Entry) → the checked types of types.ts. */
import { MinifluxBadResponseError } from './errors';
import { asCount, asId, asObject, asText, asTimeMs, parseObject, type JsonObject } from './json-fields';
import type { MinifluxCategory, MinifluxEntriesPage, MinifluxEntry, MinifluxFeed, MinifluxUser } from './types';

export function parseUser(body: string | null, endpoint: string): MinifluxUser {
  const json = parseObject(body, endpoint);
  const id = asId(json.id);
  const username = asText(json.username);
  if (id === null || username === null) throw new MinifluxBadResponseError(endpoint, 'it names no user');
  return { id, username };
}

export function parseCategory(value: unknown): MinifluxCategory | null {
  const json = asObject(value);
  const id = asId(json?.id);
  const title = asText(json?.title);
  return id === null || title === null ? null : { id, title };
}

export function parseFeed(value: unknown): MinifluxFeed | null {
  const json = asObject(value);
  const id = asId(json?.id);
  if (json === null || id === null) return null;
  return {
    id,
    title: asText(json.title),
    feedUrl: asText(json.feed_url),
    siteUrl: asText(json.site_url),
    // Older servers nest the category; newer ones also send category_id at the top.
    categoryId: asId(asObject(json.category)?.id) ?? asId(json.category_id),
  };
}

export function parseEntry(value: unknown): MinifluxEntry | null {
  const json = asObject(value);
  const id = asId(json?.id);
  if (json === null || id === null || json.status === 'removed') return null;
  return {
    id,
    feedId: asId(json.feed_id) ?? asId(asObject(json.feed)?.id),
    title: asText(json.title),
    url: asText(json.url),
    author: asText(json.author),
    content: asText(json.content),
    publishedAtMs: asTimeMs(json.published_at),
    changedAtMs: asTimeMs(json.changed_at),
    status: json.status === 'read' ? 'read' : 'unread',
    starred: json.starred === true,
  };
}

export function parseEntriesPage(body: string | null, endpoint: string): MinifluxEntriesPage {
  const json: JsonObject = parseObject(body, endpoint);
  if (json.entries !== null && !Array.isArray(json.entries))
    throw new MinifluxBadResponseError(endpoint, 'it has no list of entries');
  const entries = ((json.entries as unknown[] | null) ?? [])
    .map(parseEntry)
    .filter((entry): entry is MinifluxEntry => entry !== null);
  return { total: asCount(json.total), entries };
}
