/**
 * `stream/items/contents` → items. An item without a usable id is dropped (it could never be matched or marked);
 * every other field is optional. Read, starred and labels come from the item's categories, whatever user part the
 * server writes in them (`user/-/…` or `user/1005921515/…`).
 */
import { toLongItemId, type ItemIdForm } from './item-id';
import { asArray, asNumber, asObject, asText, asTextList, parseJsonObject, type JsonObject } from './json-fields';
import { labelName, stateName } from './streams';
import type { GReaderEnclosure, GReaderItem } from './types';

export function parseItems(body: string, endpoint: string, form: ItemIdForm): GReaderItem[] {
  const json = parseJsonObject(body, endpoint);
  const items: GReaderItem[] = [];
  for (const entry of asArray(json.items)) {
    const object = asObject(entry);
    const raw = asText(object?.id);
    const id = raw === null ? null : toLongItemId(raw, form);
    if (object === null || id === null) continue;
    items.push(readItem(object, id));
  }
  return items;
}

function readItem(object: JsonObject, id: string): GReaderItem {
  const origin = asObject(object.origin);
  const categories = asTextList(object.categories);
  const states = new Set(categories.map(stateName));
  return {
    id,
    feedId: asText(origin?.streamId),
    feedTitle: asText(origin?.title),
    feedHtmlUrl: asText(origin?.htmlUrl),
    title: asText(object.title),
    url: firstHref(object.canonical) ?? firstHref(object.alternate),
    publishedAt: seconds(object.published),
    updatedAt: seconds(object.updated),
    crawledAt: asNumber(object.crawlTimeMsec),
    timestampUsec: digits(object.timestampUsec),
    author: asText(object.author),
    summaryHtml: contentOf(object.summary),
    contentHtml: contentOf(object.content),
    enclosures: enclosures(object.enclosure),
    categories,
    read: states.has('read'),
    starred: states.has('starred'),
    labels: categories.map(labelName).filter((name): name is string => name !== null),
  };
}

function firstHref(links: unknown): string | null {
  for (const link of asArray(links)) {
    const href = asText(asObject(link)?.href);
    if (href !== null) return href;
  }
  return null;
}

function seconds(value: unknown): number | null {
  const number = asNumber(value);
  return number === null ? null : Math.round(number * 1000);
}

function digits(value: unknown): string | null {
  const text = asText(value);
  return text !== null && /^\d{1,20}$/.test(text) ? text : null;
}

function contentOf(value: unknown): string | null {
  const object = asObject(value);
  return object === null ? null : asText(object.content);
}

function enclosures(value: unknown): GReaderEnclosure[] {
  const list: GReaderEnclosure[] = [];
  for (const entry of asArray(value)) {
    const object = asObject(entry);
    const url = asText(object?.href) ?? asText(object?.url);
    if (url !== null) list.push({ url, type: asText(object?.type) });
  }
  return list;
}
