/**
 * How the outbox reaches a Fever server: one `mark=item` call per item (Fever has no batch call), four in flight.
 * Stars: `saved` and `unsaved` toggle on some servers (the original Fever, Tiny Tiny RSS's plugin), so the saved ids are read first
 * (once per push) and only the items whose state must change are sent: a change replayed after a crash (sent, not
 * yet confirmed here) finds the server already in that state and sends nothing, so it can never flip a star back.
 * No mark-all: Fever's `before` is seconds on the server's clock, and FreshRSS compares it with its item ids
 * (crawl times in µs), so it cannot mean exactly the items the reader had: those wishes go as ids.
 */
import type { FeverClient } from '../fever/client';
import { FeverRefusedError } from '../fever/errors';
import type { AccountCapabilities } from './backend';
import type { StatePusher } from './remote/push-outbox';

export const FEVER_CAPABILITIES: AccountCapabilities = {
  subscriptions: false,
  folders: false,
  starred: true,
  markAllOnServer: false,
  itemLabels: false,
};

/**
 * Calls in flight at once: Fever has no batch call, so 1,000 changes are 1,000 requests, and one at a time the push
 * waits on 1,000 round trips. Each call names one item, so they do not depend on each other.
 */
export const CALLS_AT_ONCE = 4;

/** Runs `work` for every id, at most `limit` at a time; after a failure no new call starts, and the first one is thrown. */
async function eachAtMost(ids: readonly string[], limit: number, work: (id: string) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < ids.length) {
      const id = ids[next++]!;
      try {
        await work(id);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, ids.length) }, worker));
}

export function createFeverPusher(client: FeverClient): StatePusher {
  let saved: Promise<Set<string>> | null = null;
  const call = (signal?: AbortSignal) => (signal ? { signal } : undefined);
  return {
    batchSize: 50,
    async setRead(ids, read, signal) {
      await eachAtMost(ids, CALLS_AT_ONCE, (id) => client.markItem(id, read ? 'read' : 'unread', call(signal)));
    },
    async setStarred(ids, starred, signal) {
      const set = await (saved ??= client.savedItemIds(call(signal)).then((list) => new Set(list)));
      await eachAtMost(
        ids.filter((id) => set.has(id) !== starred),
        CALLS_AT_ONCE,
        async (id) => {
          await client.markItem(id, starred ? 'saved' : 'unsaved', call(signal));
          if (starred) set.add(id);
          else set.delete(id);
        },
      );
    },
    permanentRefusal: (error) => (error instanceof FeverRefusedError ? error.message : null),
  };
}
