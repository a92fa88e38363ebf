import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../electron/core/library/articles/count-words';

describe('countWords', () => {
  it('counts runs of letters and digits in Latin and other alphabetic text', () => {
    expect(countWords('The quick brown fox, 2026 édition — naïve café!')).toBe(8);
    expect(countWords('  ')).toBe(0);
    expect(countWords('Привет мир و سلام 안녕하세요 세계')).toBe(6);
  });

  it('counts Chinese and Japanese at two characters a word, apart from the words around them', () => {
    expect(countWords('東京都の新しい政策')).toBe(5); // 9 ideographs and kana
    expect(countWords('iPhone新機種 launch')).toBe(4); // iPhone, launch, 3 ideographs -> 2
  });

  it('reads characters outside the Basic Multilingual Plane as one character each', () => {
    expect(countWords('𠀀𠀁')).toBe(1); // two astral Han ideographs
    expect(countWords('𝐀𝐁𝐂 word 😀')).toBe(2); // a mathematical-letter word, a word, an emoji
    expect(countWords('a\ud800b')).toBe(2); // a lone surrogate separates words
  });
});
