import { describe, expect, it } from 'vitest';
import { ByteBudgetQueue } from '../../../electron/core/sync/reading/byte-budget-queue';

interface Doc {
  name: string;
  bytes: number;
}
const doc = (name: string, bytes: number): Doc => ({ name, bytes });

/** A queue whose handed-on items are recorded, with the bytes in flight at each hand-on. */
function recording(budget: number) {
  const handedOn: { item: string; inFlight: number }[] = [];
  const queue: ByteBudgetQueue<Doc> = new ByteBudgetQueue(
    budget,
    (item) => item.bytes,
    (item) => handedOn.push({ item: item.name, inFlight: queue.inFlight }),
  );
  return { queue, handedOn, items: () => handedOn.map(({ item }) => item) };
}

describe('ByteBudgetQueue (what the reading thread holds in flight)', () => {
  it('hands items on at once while they fit the budget', () => {
    const { queue, items } = recording(100);
    queue.add(doc('a', 40));
    queue.add(doc('b', 60));
    expect(items()).toEqual(['a', 'b']);
    expect(queue.inFlight).toBe(100);
    expect(queue.waiting).toBe(0);
  });

  it('holds an item that would overflow until enough is done, never exceeding the budget', () => {
    const { queue, handedOn, items } = recording(100);
    const a = doc('a', 70);
    queue.add(a);
    queue.add(doc('b', 50));
    queue.add(doc('c', 10));
    // 'c' would fit, but it waits behind 'b': documents are read in the order they came.
    expect(items()).toEqual(['a']);
    expect(queue.waiting).toBe(2);
    queue.done(a);
    expect(items()).toEqual(['a', 'b', 'c']);
    expect(Math.max(...handedOn.map(({ inFlight }) => inFlight))).toBeLessThanOrEqual(100);
  });

  it('lets an item larger than the whole budget go alone, so nothing waits forever', () => {
    const { queue, items } = recording(100);
    const small = doc('small', 10);
    const huge = doc('huge', 500);
    queue.add(small);
    queue.add(huge);
    expect(items()).toEqual(['small']);
    queue.done(small);
    expect(items()).toEqual(['small', 'huge']);
    expect(queue.inFlight).toBe(500);
    queue.add(doc('next', 1));
    expect(items()).toEqual(['small', 'huge']);
    queue.done(huge);
    expect(items()).toEqual(['small', 'huge', 'next']);
  });

  it('puts items sent again before the ones held back, after the receiver went away', () => {
    const { queue, items } = recording(100);
    queue.add(doc('a', 60));
    queue.add(doc('b', 30));
    queue.add(doc('c', 80));
    expect(items()).toEqual(['a', 'b']);
    // The thread died: 'a' failed, 'b' is sent again, ahead of 'c' which arrived after it.
    queue.resetInFlight();
    const again = doc('b again', 30);
    queue.addFirst([again]);
    expect(items()).toEqual(['a', 'b', 'b again']);
    queue.done(again);
    expect(items()).toEqual(['a', 'b', 'b again', 'c']);
  });

  it('gives back everything held, in order, when the app closes', () => {
    const { queue } = recording(10);
    queue.add(doc('a', 10));
    queue.add(doc('b', 10));
    queue.add(doc('c', 10));
    expect(queue.takeAll().map(({ name }) => name)).toEqual(['b', 'c']);
    expect(queue.waiting).toBe(0);
  });
});
