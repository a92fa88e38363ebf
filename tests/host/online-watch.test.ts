import { describe, expect, it } from 'vitest';
import { watchOnline, type OnlineTimers } from '../../electron/host/online-watch';

function fakeTimers() {
  const running = new Set<() => void>();
  const timers: OnlineTimers & { tick(): void; count(): number } = {
    setInterval: (run) => {
      running.add(run);
      return { run, unref: () => undefined };
    },
    clearInterval: (handle) => void running.delete((handle as { run: () => void }).run),
    tick: () => running.forEach((run) => run()),
    count: () => running.size,
  };
  return timers;
}

describe('the online watch', () => {
  it('reports changes only, on the poll and at once on a recheck (waking from sleep)', () => {
    let online = true;
    const changes: boolean[] = [];
    const timers = fakeTimers();
    const watch = watchOnline(
      () => online,
      (state) => changes.push(state),
      5_000,
      timers,
    );
    timers.tick();
    expect(changes).toEqual([]);
    online = false;
    timers.tick();
    timers.tick();
    expect(changes).toEqual([false]);
    online = true;
    watch.recheck();
    expect(changes).toEqual([false, true]);
    timers.tick();
    expect(changes).toEqual([false, true]);
    watch.stop();
    expect(timers.count()).toBe(0);
  });
});
