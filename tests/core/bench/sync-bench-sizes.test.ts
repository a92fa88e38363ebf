import { describe, expect, it } from 'vitest';
import { parseSizes } from '../../../scripts/bench/sync/sizes';

/** `BENCH_SIZES` is typed by hand: every size is read as written, or the run stops before measuring anything. */
describe('BENCH_SIZES', () => {
  it.each([
    ['50,200,1000', [50, 200, 1000]],
    [' 50 , 200 ', [50, 200]],
    ['200', [200]],
    // Repeating a size is how alternating A/B runs are asked for.
    ['200,200', [200, 200]],
    ['100000', [100_000]],
  ])('reads %j as %j', (text, sizes) => {
    expect(parseSizes(text)).toEqual({ ok: true, sizes });
  });

  it.each([
    ['', '""'],
    ['50,,200', '""'],
    ['50,', '""'],
    ['1e3', '"1e3"'],
    ['-5', '"-5"'],
    ['2.5', '"2.5"'],
    ['fifty', '"fifty"'],
    ['0x10', '"0x10"'],
    ['0', '0 feeds'],
    ['100001', '100001 feeds'],
    ['99999999999999999999', 'feeds is outside'],
  ])('refuses %j, naming the culprit', (text, culprit) => {
    const outcome = parseSizes(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain(culprit);
  });
});
