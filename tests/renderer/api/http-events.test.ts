import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import type { EventSourceLike } from '../../../renderer/src/api/event-source-hub';
import { createHttpClient } from '../../../renderer/src/api/http-client';

/** Stands in for the browser's EventSource: records listeners, lets the test deliver frames. */
class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  deliver(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

function setup() {
  FakeEventSource.opened = [];
  const client = createHttpClient({
    fetch: vi.fn() as unknown as typeof fetch,
    openEventSource: (url) => new FakeEventSource(url),
  });
  return { client, sources: FakeEventSource.opened };
}

describe('HTTP client events', () => {
  it('opens no stream until someone subscribes, then one stream for all events', () => {
    const { client, sources } = setup();
    expect(sources).toHaveLength(0);
    client.on('core.status', () => {});
    client.on('app.notice', () => {});
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('/api/events');
  });

  it('delivers parsed payloads to the listeners of that event only', () => {
    const { client, sources } = setup();
    const status = vi.fn();
    const settings = vi.fn();
    client.on('core.status', status);
    client.on('settings.changed', settings);
    sources[0]!.deliver('core.status', JSON.stringify({ state: 'restarting' }));
    expect(status).toHaveBeenCalledWith({ state: 'restarting' });
    expect(settings).not.toHaveBeenCalled();
    sources[0]!.deliver('settings.changed', JSON.stringify(DEFAULT_SETTINGS));
    expect(settings).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });

  it('stops delivering after unsubscribe, and closes the stream with the last listener', () => {
    const { client, sources } = setup();
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = client.on('core.status', first);
    const offSecond = client.on('core.status', second);
    offFirst();
    offFirst(); // a second call must not remove someone else's listener
    sources[0]!.deliver('core.status', JSON.stringify({ state: 'ready' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(sources[0]!.closed).toBe(false);
    offSecond();
    expect(sources[0]!.closed).toBe(true);

    client.on('core.status', first);
    expect(sources).toHaveLength(2);
    sources[1]!.deliver('core.status', JSON.stringify({ state: 'ready' }));
    expect(first).toHaveBeenCalledOnce();
  });

  it('skips an unreadable frame with a warning instead of throwing', () => {
    const { client, sources } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const listener = vi.fn();
    client.on('core.status', listener);
    sources[0]!.deliver('core.status', '{not json');
    expect(listener).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
