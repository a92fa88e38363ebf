/**
 * The items' own labels, for the bookmark tags (remote/reconcile-labels.ts): every label that is not a folder is
 * listed as a stream of item ids (the label's stream, starred items only where the server filters by `it=`), so a
 * label added or removed on another device is seen on items already stored, not only on new ones. Only for services
 * that keep labels on items and list a label's items (services.ts).
 */
import type { GReaderClient } from '../greader/client';
import { labelName, labelStreamId, STARRED } from '../greader/streams';
import type { GReaderTag } from '../greader/types';

const IDS_PER_PAGE = 10_000;

/** Remote id → its labels (names); null when the service keeps no item labels (nothing to reconcile). */
export async function itemLabelsOf(
  client: GReaderClient,
  tags: readonly GReaderTag[],
  folderNames: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<Map<string, Set<string>> | null> {
  const { quirks } = client.service;
  if (!quirks.itemLabels || !quirks.labelStreamsInItemIds) return null;
  const folders = new Set([...folderNames].map((name) => name.toLowerCase()));
  const labels = new Map<string, Set<string>>();
  const names = new Set<string>();
  for (const tag of tags) {
    const name = labelName(tag.id) ?? tag.name;
    if (tag.type === 'folder' || folders.has(name.toLowerCase()) || labelName(tag.id) === null) continue;
    names.add(name);
  }
  for (const name of names) {
    const query = {
      stream: labelStreamId(name),
      count: IDS_PER_PAGE,
      ...(quirks.includeFilter ? { include: STARRED } : {}),
    };
    for await (const page of client.itemIdPages(query, signal ? { signal } : undefined)) {
      for (const id of page.ids) {
        const set = labels.get(id) ?? new Set<string>();
        set.add(name);
        labels.set(id, set);
      }
    }
  }
  return labels;
}
