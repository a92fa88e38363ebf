/**
 * The parent's record of what the killed child acknowledged. Each article is
 * named by "feedId|identity". A change announced (I) but not acknowledged (A)
 * when the kill landed may or may not have been saved, so either state passes;
 * after the check, the ledger adopts whatever the store holds for it.
 */
export interface BookmarkState {
  tags: string[];
  note: string;
}

export type Change =
  | { op: 'bm'; key: string; tags: string[]; note: string }
  | { op: 'unbm'; key: string }
  | { op: 'read'; keys: string[]; read: boolean };

export class Ledger {
  readonly bookmarks = new Map<string, BookmarkState | null>();
  readonly reads = new Map<string, boolean>();
  pending: Change | null = null;
  acknowledged = 0;

  line(text: string): void {
    if (text.startsWith('I ')) this.pending = JSON.parse(text.slice(2)) as Change;
    if (!text.startsWith('A ')) return;
    this.apply(JSON.parse(text.slice(2)) as Change, this.bookmarks, this.reads);
    this.pending = null;
    this.acknowledged += 1;
  }

  /** The states a bookmark may be in now: the acknowledged one, or the pending change's. */
  allowedBookmark(key: string): (BookmarkState | null)[] {
    const states = [this.bookmarks.get(key) ?? null];
    const p = this.pending;
    if (p?.op === 'bm' && p.key === key) states.push({ tags: p.tags, note: p.note });
    if (p?.op === 'unbm' && p.key === key) states.push(null);
    return states;
  }

  allowedRead(key: string): boolean[] {
    const states = [this.reads.get(key)!];
    if (this.pending?.op === 'read' && this.pending.keys.includes(key)) states.push(this.pending.read);
    return states;
  }

  /** Keys the pending change touches (they are re-read from the store after the check). */
  pendingKeys(): { bookmarks: string[]; reads: string[] } {
    const p = this.pending;
    if (!p) return { bookmarks: [], reads: [] };
    return p.op === 'read' ? { bookmarks: [], reads: p.keys } : { bookmarks: [p.key], reads: [] };
  }

  private apply(change: Change, bookmarks: Ledger['bookmarks'], reads: Ledger['reads']): void {
    if (change.op === 'bm') bookmarks.set(change.key, { tags: change.tags, note: change.note });
    else if (change.op === 'unbm') bookmarks.set(change.key, null);
    else for (const key of change.keys) reads.set(key, change.read);
  }
}
