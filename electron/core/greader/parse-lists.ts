/**
 * The list answers (user-info, subscription/list, tag/list, stream/items/ids) → checked types. Entries without the
 * one field that identifies them are dropped; everything else degrades to null.
 */
import { toLongItemId, type ItemIdForm } from './item-id';
import { asArray, asObject, asText, parseJsonObject } from './json-fields';
import { labelName } from './streams';
import type { GReaderItemIdsPage, GReaderLabelRef, GReaderSubscription, GReaderTag, GReaderUserInfo } from './types';

export function parseUserInfo(body: string, endpoint: string): GReaderUserInfo {
  const json = parseJsonObject(body, endpoint);
  return { userId: asText(json.userId), userName: asText(json.userName), userEmail: asText(json.userEmail) };
}

export function parseSubscriptions(body: string, endpoint: string): GReaderSubscription[] {
  const json = parseJsonObject(body, endpoint);
  const subscriptions: GReaderSubscription[] = [];
  for (const entry of asArray(json.subscriptions)) {
    const object = asObject(entry);
    const id = asText(object?.id);
    if (object === null || id === null) continue;
    subscriptions.push({
      id,
      title: asText(object.title),
      url: asText(object.url) ?? urlFromFeedStream(id),
      htmlUrl: asText(object.htmlUrl),
      iconUrl: asText(object.iconUrl),
      labels: labelRefs(object.categories),
      sortId: asText(object.sortid),
    });
  }
  return subscriptions;
}

export function parseTags(body: string, endpoint: string): GReaderTag[] {
  const json = parseJsonObject(body, endpoint);
  const tags: GReaderTag[] = [];
  for (const entry of asArray(json.tags)) {
    const object = asObject(entry);
    const id = asText(object?.id);
    const name = id === null ? null : labelName(id);
    if (object === null || id === null || name === null) continue;
    const type = asText(object.type);
    tags.push({ id, name, type: type === 'folder' || type === 'tag' ? type : null, sortId: asText(object.sortid) });
  }
  return tags;
}

export function parseItemIdsPage(body: string, endpoint: string, form: ItemIdForm): GReaderItemIdsPage {
  const json = parseJsonObject(body, endpoint);
  const ids: string[] = [];
  for (const entry of asArray(json.itemRefs)) {
    const raw = asText(asObject(entry)?.id);
    const id = raw === null ? null : toLongItemId(raw, form);
    if (id !== null) ids.push(id);
  }
  // Miniflux writes its integer offset as a string (internal/googlereader/response.go, `json:",string"`); a server
  // that writes a bare number gets the same treatment: the continuation stays a string either way.
  return { ids, continuation: asText(json.continuation) };
}

function labelRefs(categories: unknown): GReaderLabelRef[] {
  const refs: GReaderLabelRef[] = [];
  for (const entry of asArray(categories)) {
    const id = asText(asObject(entry)?.id);
    const name = id === null ? null : labelName(id);
    if (id !== null && name !== null) refs.push({ id, name });
  }
  return refs;
}

/** BazQux and Inoreader name feeds `feed/<url>`: the URL is the stream id's tail when no `url` field came. */
function urlFromFeedStream(id: string): string | null {
  const tail = id.startsWith('feed/') ? id.slice('feed/'.length) : '';
  return /^https?:\/\//i.test(tail) ? tail : null;
}
