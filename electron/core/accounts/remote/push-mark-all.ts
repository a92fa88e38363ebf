/**
 * The first step of a push: every "mark all as read" waiting in the outbox, oldest first, as the server's own call
 * (library/outbox/mark-all-intents.ts says when one is queued). Confirmed, the read wishes it covered leave the
 * outbox and an unread wish made after it is sent next, by the id-list step. A service without such a call, a
 * stream that no longer holds the feeds the reader marked, or a permanent refusal: the intent is abandoned and its
 * wishes go as id lists, as if it had never been. A network error or a 5xx keeps it and ends the push.
 */
import type { Db } from '../../db/sql';
import {
  abandonMarkAll,
  confirmMarkAll,
  recordMarkAllFailure,
  type MarkAllIntent,
} from '../../library/outbox/mark-all-intents';

export type MarkAllResult = 'sent' | 'not-same-set';

export interface MarkAllPusher {
  /** Absent when the service's mark-all does not mean the same set (the wishes go as id lists). */
  markAll?(intent: MarkAllIntent, signal?: AbortSignal): Promise<MarkAllResult>;
  permanentRefusal(error: unknown): string | null;
}

/** Sends the intents taken (`pendingMarkAlls`); returns how many read wishes they settled, and which were sent. */
export async function pushMarkAlls(
  db: () => Db,
  accountId: string,
  intents: readonly MarkAllIntent[],
  pusher: MarkAllPusher,
  now: () => number,
  signal?: AbortSignal,
): Promise<{ pushed: number; confirmed: Set<number> }> {
  let pushed = 0;
  const confirmed = new Set<number>();
  for (const intent of intents) {
    signal?.throwIfAborted();
    if (!pusher.markAll) {
      abandonMarkAll(db(), accountId, intent, null, now());
      continue;
    }
    let result: MarkAllResult;
    try {
      result = await pusher.markAll(intent, signal);
    } catch (error) {
      const reason = pusher.permanentRefusal(error);
      if (reason === null) {
        recordMarkAllFailure(db(), accountId, intent.id, error instanceof Error ? error.message : String(error));
        throw error;
      }
      abandonMarkAll(db(), accountId, intent, reason, now());
      continue;
    }
    if (result === 'sent') {
      pushed += confirmMarkAll(db(), accountId, intent.id);
      confirmed.add(intent.id);
    } else abandonMarkAll(db(), accountId, intent, null, now());
  }
  return { pushed, confirmed };
}
