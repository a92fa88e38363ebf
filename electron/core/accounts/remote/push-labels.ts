/**
 * The last step of a push: bookmark tags added or removed here, as item labels, one label per call (FreshRSS
 * honours one `a=` and one `r=` per edit-tag) in batches of items. A service that keeps no item labels settles the
 * rows without a call: the tags simply stay here. Errors as for read and star wishes: a permanent refusal is
 * recorded and dropped (the tag stays here), anything else keeps the rows and ends the push.
 */
import type { Db } from '../../db/sql';
import {
  pendingLabelChanges,
  recordLabelPushFailure,
  rejectLabelChanges,
  settleLabelChanges,
  type PendingLabelChange,
} from '../../library/outbox/label-changes';

export interface LabelPusher {
  readonly batchSize: number;
  /** Absent when the service keeps no labels on items. */
  setLabel?(remoteIds: readonly string[], label: string, on: boolean, signal?: AbortSignal): Promise<void>;
  permanentRefusal(error: unknown): string | null;
}

const READ_AT_ONCE = 5_000;

/** Returns how many tag changes the server confirmed and how many it refused for good. */
export async function pushLabels(
  db: () => Db,
  accountId: string,
  pusher: LabelPusher,
  now: () => number,
  signal?: AbortSignal,
): Promise<{ pushed: number; rejected: number }> {
  const outcome = { pushed: 0, rejected: 0 };
  for (;;) {
    const waiting = pendingLabelChanges(db(), accountId, READ_AT_ONCE);
    if (waiting.length === 0) return outcome;
    if (!pusher.setLabel) {
      settleLabelChanges(db(), accountId, waiting);
      continue;
    }
    for (const group of byLabel(waiting)) {
      for (let start = 0; start < group.length; start += pusher.batchSize) {
        signal?.throwIfAborted();
        const batch = group.slice(start, start + pusher.batchSize);
        try {
          await pusher.setLabel(
            batch.map((change) => change.remoteId),
            batch[0]!.label,
            batch[0]!.value,
            signal,
          );
        } catch (error) {
          const reason = pusher.permanentRefusal(error);
          if (reason === null) {
            recordLabelPushFailure(db(), accountId, batch, error instanceof Error ? error.message : String(error));
            throw error;
          }
          outcome.rejected += rejectLabelChanges(db(), accountId, batch, reason, now());
          continue;
        }
        outcome.pushed += settleLabelChanges(db(), accountId, batch);
      }
    }
    if (waiting.length < READ_AT_ONCE) return outcome;
  }
}

function byLabel(changes: readonly PendingLabelChange[]): PendingLabelChange[][] {
  const groups = new Map<string, PendingLabelChange[]>();
  for (const change of changes) {
    const key = `${change.value ? '+' : '-'}${change.label}`;
    const group = groups.get(key) ?? [];
    group.push(change);
    groups.set(key, group);
  }
  return [...groups.values()];
}
