import { describe, expect, it } from 'vitest';
import { resultCountText } from '../../../renderer/src/search/result-count';

const n = (count: number, more = false) => ({ count, more });

describe('the search result count line', () => {
  it.each([
    ['nothing matched: no line (the empty state speaks)', n(0), n(0), null],
    ['one result', n(1), n(1), '1 result for “seoul”'],
    ['many results', n(1320), n(1320), '1,320 results for “seoul”'],
    ['past the cap', n(1000, true), n(1000, true), '1,000+ results for “seoul”'],
    ['filters narrow it', n(12), n(132), '12 of 132 results for “seoul”'],
    ['filters narrow a capped count', n(40, true), n(1000, true), '40+ of 1,000+ results for “seoul”'],
    ['filters leave nothing', n(0), n(132), 'No results with these filters (132 without)'],
    [
      'filters leave nothing among the counted',
      n(0, true),
      n(1000, true),
      'None of the newest 1,000 matches pass these filters',
    ],
  ])('%s', (_case, results, matches, text) => {
    expect(resultCountText({ results, matches }, 'seoul')).toBe(text);
  });
});
