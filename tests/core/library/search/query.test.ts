import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../electron/core/library/search/query';
import { segmentForIndex } from '../../../../electron/core/db/segment';

describe('parseQuery', () => {
  it.each([
    ['climate', '"climate"'],
    ['climate summit', '"climate" AND "summit"'],
    ['clim*', '"clim"*'],
    ['"climate summit" paris', '"climate summit" AND "paris"'],
    ['AND OR NOT', '"AND" AND "OR" AND "NOT"'],
    ['title:secret', '"title:secret"'],
    ['NEAR(a b)', '"NEAR a" AND "b"'],
    ['"unterminated phrase', '"unterminated phrase"'],
    ['say "hi', '"say" AND "hi"'],
    ['서울', '"서울"*'],
    ['北京大学', '"北京 大学"*'],
  ])('turns %j into %s', (input, match) => {
    expect(parseQuery(input)?.match).toBe(match);
  });

  it.each(['', '   ', '***', '"" -- ;', '()'])('finds nothing to search in %j', (input) => {
    expect(parseQuery(input)).toBeNull();
  });

  it('quotes embedded quotes so user input never becomes FTS syntax', () => {
    for (const input of ['a"b', '"a""b"', 'x" OR "y', '*', 'NEAR(', '^start', 'col:val', '-not']) {
      const parsed = parseQuery(input);
      if (parsed) expect(parsed.match).toMatch(/^("[^"]*(""[^"]*)*"\*?)( AND "[^"]*(""[^"]*)*"\*?)*$/);
    }
  });
});

describe('segmentForIndex', () => {
  it('puts spaces between Chinese and Japanese words and leaves other text alone', () => {
    expect(segmentForIndex('北京市政府今天宣布')).toMatch(/北京市\s+政府\s+今天\s+宣布/);
    expect(segmentForIndex('東京都で新しい政策')).toMatch(/東京\s+都\s+で\s+新しい\s+政策/);
    expect(segmentForIndex('Café in Seoul 서울에서')).toBe('Café in Seoul 서울에서');
  });
});
