/**
 * What a Nextcloud News account keeps between syncs (the account row's `state`), and how it is read back: a cursor
 * that is not exactly this shape (a row written by another version, a damaged row) is no cursor, and the next pull
 * lists everything again, which is always correct, only slower.
 */

export interface NextcloudCursor {
  /**
   * Whole seconds on the server's clock: the next `items/updated` asks for changes at or after this one. It is the
   * largest `lastModified` the last answer held and is asked again as it is (not + 1): the server rounds to seconds
   * and compares `>=`, so the items of that second come back again and are deduplicated by id.
   */
  lastModified: number;
  /** The newest item id known at the last sync: a read item above it is new, one below an old one that changed. */
  newestItemId: string | null;
  /**
   * Older unread items counted (pending) but not stored yet: the `items` offset their listing continues from (null:
   * from the newest). Absent (null) when none wait.
   */
  older: { offset: string | null } | null;
}

const ID = /^[1-9]\d{0,18}$/;

export function readNextcloudCursor(state: unknown): NextcloudCursor | null {
  if (typeof state !== 'object' || state === null) return null;
  const { lastModified, newestItemId, older } = state as Record<string, unknown>;
  if (typeof lastModified !== 'number' || !Number.isSafeInteger(lastModified) || lastModified < 0) return null;
  if (newestItemId !== null && !(typeof newestItemId === 'string' && ID.test(newestItemId))) return null;
  if (older === null) return { lastModified, newestItemId, older: null };
  if (typeof older !== 'object' || older === undefined) return null;
  const offset = (older as Record<string, unknown>).offset;
  if (offset !== null && !(typeof offset === 'string' && ID.test(offset))) return null;
  return { lastModified, newestItemId, older: { offset } };
}
