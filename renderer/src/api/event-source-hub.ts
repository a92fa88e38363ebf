import type { Unsubscribe } from '@contract/client';

type Listener = (payload: unknown) => void;

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

/**
 * Shares one Server-Sent Events connection among all subscribers: browsers
 * allow only a handful of connections per host, and every event arrives on
 * the same stream anyway. The stream opens with the first subscriber and
 * closes with the last.
 */
export class EventSourceHub {
  private source: EventSourceLike | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly attached = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly open: EventSourceFactory,
  ) {}

  subscribe(event: string, listener: Listener): Unsubscribe {
    const source = (this.source ??= this.open(this.url));
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    if (!this.attached.has(event)) {
      this.attached.add(event);
      source.addEventListener(event, (message) => this.dispatch(event, message.data));
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(listener);
      if (this.size() === 0) this.shutdown();
    };
  }

  private dispatch(event: string, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      // A frame we cannot read is a server bug; say so rather than drop it silently.
      console.warn(`Broadsheet ignored an unreadable “${event}” event.`);
      return;
    }
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  private size(): number {
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  private shutdown(): void {
    this.source?.close();
    this.source = undefined;
    this.listeners.clear();
    this.attached.clear();
  }
}
