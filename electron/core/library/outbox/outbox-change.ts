/** The shapes the outbox speaks in: which state of an item, and what the reader wished it to be. */

/** `read` is the read flag; `starred` is a bookmark (the server's star). */
export type OutboxKey = 'read' | 'starred';

/** One wish as a push sends it: set this item's key to this value. */
export interface OutboxChange {
  remoteId: string;
  key: OutboxKey;
  value: boolean;
}

/** A wish waiting in the outbox. */
export interface PendingChange extends OutboxChange {
  /** The local article it was made on; null or stale once retention removed it (the change is still sent). */
  articleId: number | null;
  queuedAt: number;
  /** Pushes begun so far, this one included (see `pendingChanges`). */
  attempts: number;
  lastError: string | null;
  /** The "mark all as read" it was queued with, still pending (mark-all-intents.ts); null for most. */
  markAll: number | null;
}
