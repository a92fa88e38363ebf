import { describe, expect, it } from 'vitest';
import { nextAttemptAt } from '../../../electron/core/net/backoff';

const now = new Date('2025-06-01T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const waitMs = (date: Date) => date.getTime() - now.getTime();

describe('nextAttemptAt', () => {
  it('retries at once when nothing has failed', () => {
    expect(nextAttemptAt(0, now)).toEqual(now);
  });

  it.each([
    [1, 5 * MIN],
    [2, 10 * MIN],
    [3, 20 * MIN],
    [5, 80 * MIN],
    [9, 1280 * MIN],
    [10, 24 * HOUR],
    [50, 24 * HOUR],
    [10_000, 24 * HOUR],
  ])('after %i failures waits up to %i ms, never less than half', (failures, ceiling) => {
    expect(waitMs(nextAttemptAt(failures, now, { random: () => 1 }))).toBe(ceiling);
    expect(waitMs(nextAttemptAt(failures, now, { random: () => 0 }))).toBe(ceiling / 2);
  });

  it('spreads feeds that failed together', () => {
    const draws = [0.1, 0.5, 0.9].map((r) => waitMs(nextAttemptAt(3, now, { random: () => r })));
    expect(new Set(draws).size).toBe(3);
  });

  it('clamps a misbehaving random source into range', () => {
    expect(waitMs(nextAttemptAt(1, now, { random: () => 7 }))).toBe(5 * MIN);
    expect(waitMs(nextAttemptAt(1, now, { random: () => -1 }))).toBe(2.5 * MIN);
  });

  it('honours a Retry-After later than the computed time', () => {
    const retryAfter = new Date(now.getTime() + 6 * HOUR);
    expect(nextAttemptAt(1, now, { retryAfter, random: () => 0 })).toEqual(retryAfter);
  });

  it('keeps its own time when Retry-After is sooner', () => {
    const retryAfter = new Date(now.getTime() + MIN);
    expect(waitMs(nextAttemptAt(2, now, { retryAfter, random: () => 0 }))).toBe(5 * MIN);
  });

  it('caps an enormous Retry-After', () => {
    const retryAfter = new Date('2100-01-01T00:00:00Z');
    expect(waitMs(nextAttemptAt(1, now, { retryAfter }))).toBe(24 * HOUR);
  });

  it('ignores an invalid Retry-After date', () => {
    expect(waitMs(nextAttemptAt(1, now, { retryAfter: new Date(Number.NaN), random: () => 0 }))).toBe(2.5 * MIN);
  });

  it('takes base and cap from options', () => {
    expect(waitMs(nextAttemptAt(3, now, { baseMs: 1000, maxMs: 3000, random: () => 1 }))).toBe(3000);
  });
});
