/**
 * Sends the outbox to the service before anything is pulled, so the pull
 * already sees the reader's changes. Changes go in batches the service
 * accepts, grouped by what they do (read, unread, star, unstar). A change
 * leaves the outbox only when the server confirmed it, and only if the
 * reader did not change the same state again meanwhile. A refusal that
 * will never succeed (a permanent 4xx: the item is gone) drops the batch
 * with its reason recorded; anything else (network, 5xx, 429) keeps it
 * and ends the push, to be tried at the next sync.
 *
 * Order: "mark all as read" calls first (push-mark-all.ts: confirmed, the
 * read wishes they covered leave), then the remaining wishes as id lists (an
 * article marked unread again after a mark-all goes here, after it), then
 * bookmark tags as item labels (push-labels.ts), after the stars they need.
 */
import type { Db } from '../../db/sql';
import type { PendingChange } from '../../library/outbox/outbox-change';
import { pendingMarkAlls } from '../../library/outbox/mark-all-intents';
import { confirmPushed, pendingChanges, recordPushFailure, rejectChanges } from '../../library/outbox/push-changes';
import { pushLabels, type LabelPusher } from './push-labels';
import { pushMarkAlls, type MarkAllPusher } from './push-mark-all';

export interface StatePusher extends MarkAllPusher, LabelPusher {
  /** Ids per call. */
  readonly batchSize: number;
  setRead(remoteIds: readonly string[], read: boolean, signal?: AbortSignal): Promise<void>;
  setStarred(remoteIds: readonly string[], starred: boolean, signal?: AbortSignal): Promise<void>;
  /** A reason to record when the error means the change can never be applied; null when it may work later. */
  permanentRefusal(error: unknown): string | null;
}

export interface PushOutcome {
  pushed: number;
  rejected: number;
}

/** How many waiting changes one push reads at a time. */
const READ_AT_ONCE = 5_000;

export async function pushOutbox(
  db: () => Db,
  accountId: string,
  pusher: StatePusher,
  now: () => number,
  signal?: AbortSignal,
): Promise<PushOutcome> {
  const outcome: PushOutcome = { pushed: 0, rejected: 0 };
  // Everything waiting is taken before the first request, as always (from now on the server may hold it): the
  // mark-alls, and the wishes — those a mark-all covers too, to go after it where it does not settle them.
  const intents = pendingMarkAlls(db(), accountId);
  const taken = pendingChanges(
    db(),
    accountId,
    READ_AT_ONCE,
    intents.map((intent) => intent.id),
  );
  const marked = await pushMarkAlls(db, accountId, intents, pusher, now, signal);
  outcome.pushed += marked.pushed;
  // A read wish its confirmed mark-all carried is done; an unread one made after the mark-all goes now, after it.
  const rest = taken.filter(
    (change) => !(change.value && change.markAll !== null && marked.confirmed.has(change.markAll)),
  );
  await pushStates(db, accountId, pusher, now, outcome, { first: rest, full: taken.length === READ_AT_ONCE }, signal);
  const labels = await pushLabels(db, accountId, pusher, now, signal);
  outcome.pushed += labels.pushed;
  outcome.rejected += labels.rejected;
  return outcome;
}

/** Read and star wishes as id lists, in batches per kind. */
async function pushStates(
  db: () => Db,
  accountId: string,
  pusher: StatePusher,
  now: () => number,
  outcome: PushOutcome,
  start: { first: PendingChange[]; full: boolean },
  signal?: AbortSignal,
): Promise<void> {
  // Rows confirmed or rejected leave the outbox, so each round reads the next ones; a round that moved nothing ends.
  let waiting = start.first;
  let full = start.full;
  for (let round = 0; ; round++) {
    if (round > 0) {
      waiting = pendingChanges(db(), accountId, READ_AT_ONCE);
      full = waiting.length === READ_AT_ONCE;
    }
    if (waiting.length === 0) {
      if (full) continue;
      return;
    }
    let moved = 0;
    for (const group of groups(waiting)) {
      for (let start = 0; start < group.changes.length; start += pusher.batchSize) {
        signal?.throwIfAborted();
        const batch = group.changes.slice(start, start + pusher.batchSize);
        const ids = batch.map((change) => change.remoteId);
        try {
          if (group.key === 'read') await pusher.setRead(ids, group.value, signal);
          else await pusher.setStarred(ids, group.value, signal);
        } catch (error) {
          const reason = pusher.permanentRefusal(error);
          if (reason === null) {
            recordPushFailure(db(), accountId, batch, error instanceof Error ? error.message : String(error));
            throw error;
          }
          rejectChanges(db(), accountId, batch, reason, now());
          outcome.rejected += batch.length;
          moved += batch.length;
          continue;
        }
        confirmPushed(db(), accountId, batch);
        outcome.pushed += batch.length;
        moved += batch.length;
      }
    }
    if (moved === 0 || !full) return;
  }
}

interface ChangeGroup {
  key: PendingChange['key'];
  value: boolean;
  changes: PendingChange[];
}

function groups(changes: readonly PendingChange[]): ChangeGroup[] {
  const byKind = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const name = `${change.key}:${change.value}`;
    let group = byKind.get(name);
    if (!group) byKind.set(name, (group = { key: change.key, value: change.value, changes: [] }));
    group.changes.push(change);
  }
  return [...byKind.values()];
}
