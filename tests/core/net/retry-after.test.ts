import { describe, expect, it } from 'vitest';
import { retryAfterUntil } from '../../../electron/core/net/retry-after';

const now = new Date('2025-06-01T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;

describe('retryAfterUntil', () => {
  it.each([
    ['120', later(120_000)],
    ['0', now],
    ['  30 ', later(30_000)],
    ['Sun, 01 Jun 2025 14:00:00 GMT', later(120 * MIN)],
    ['Sunday, 01-Jun-25 14:00:00 GMT', later(120 * MIN)],
    ['Sun Jun  1 14:00:00 2025', later(120 * MIN)],
  ])('reads %j', (header, expected) => {
    expect(retryAfterUntil(header, now)).toEqual(expected);
  });

  it.each([undefined, '', 'soon', '-5', '1.5', '1e3', 'May', '2025-06-01', 'Sun, garbage'])(
    'falls back to 15 minutes for %j',
    (header) => {
      expect(retryAfterUntil(header, now)).toEqual(later(15 * MIN));
    },
  );

  it('treats a date in the past as "now"', () => {
    expect(retryAfterUntil('Sat, 01 Jan 2000 00:00:00 GMT', now)).toEqual(now);
  });

  it.each(['999999999999', 'Fri, 01 Jan 9999 00:00:00 GMT'])('caps %j at one day', (header) => {
    expect(retryAfterUntil(header, now)).toEqual(later(24 * 60 * MIN));
  });

  it('takes its default and cap from options', () => {
    expect(retryAfterUntil(undefined, now, { defaultMs: 1000 })).toEqual(later(1000));
    expect(retryAfterUntil('3600', now, { maxMs: 60_000 })).toEqual(later(60_000));
  });
});
