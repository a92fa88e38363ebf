/**
 * Hands items on in order while the bytes handed on and not yet done stay within a budget. The reading thread's
 * requests go through one: each posted document is a copy in the thread's message queue until it is read, so sixteen
 * feeds at the 20 MB body cap arriving together would otherwise put 320 MB in flight at once. An item larger than the
 * whole budget still goes, alone, so no document waits forever.
 */
export class ByteBudgetQueue<T> {
  private readonly held: T[] = [];
  private bytesInFlight = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (item: T) => number,
    private readonly handOn: (item: T) => void,
  ) {}

  /** Bytes handed on and not yet reported done. */
  get inFlight(): number {
    return this.bytesInFlight;
  }

  /** Items waiting for room. */
  get waiting(): number {
    return this.held.length;
  }

  add(item: T): void {
    this.held.push(item);
    this.drain();
  }

  /** Items that must go before everything held (requests sent again after their thread died). */
  addFirst(items: readonly T[]): void {
    this.held.unshift(...items);
    this.drain();
  }

  /** An item handed on earlier is done: its bytes leave the budget. */
  done(item: T): void {
    this.bytesInFlight = Math.max(0, this.bytesInFlight - this.sizeOf(item));
    this.drain();
  }

  /** Nothing is in flight any more (the receiver went away); the held items stay, in order. */
  resetInFlight(): void {
    this.bytesInFlight = 0;
  }

  /** Takes every held item out, in order. */
  takeAll(): T[] {
    return this.held.splice(0);
  }

  private drain(): void {
    while (this.held.length > 0) {
      const next = this.held[0]!;
      const bytes = this.sizeOf(next);
      if (this.bytesInFlight > 0 && this.bytesInFlight + bytes > this.budget) return;
      this.held.shift();
      this.bytesInFlight += bytes;
      this.handOn(next);
    }
  }
}
