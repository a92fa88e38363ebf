import { describe, expect, test } from 'vitest';
import { bestSrcsetCandidate, parseSrcset } from '../../../electron/core/images/srcset';

describe('parseSrcset', () => {
  test.each([
    [
      'a.jpg 300w, b.jpg 1200w',
      [
        { url: 'a.jpg', width: 300 },
        { url: 'b.jpg', width: 1200 },
      ],
    ],
    ['a.jpg, b.jpg 2x', [{ url: 'a.jpg' }, { url: 'b.jpg', density: 2 }]],
    // Image CDNs put commas inside URLs.
    [
      'https://cdn/x/w_300,h_200/a.jpg 300w, https://cdn/x/w_900,h_600/a.jpg 900w',
      [
        { url: 'https://cdn/x/w_300,h_200/a.jpg', width: 300 },
        { url: 'https://cdn/x/w_900,h_600/a.jpg', width: 900 },
      ],
    ],
    ['a.jpg,b.jpg', [{ url: 'a.jpg,b.jpg' }]],
    [
      'a.jpg 1.5x,, , b.jpg 3x',
      [
        { url: 'a.jpg', density: 1.5 },
        { url: 'b.jpg', density: 3 },
      ],
    ],
    ['  \n a.jpg   640w  \n ', [{ url: 'a.jpg', width: 640 }]],
    ['a.jpg 100w 50h', [{ url: 'a.jpg', width: 100 }]],
    ['a.jpg wide, b.jpg -5w, c.jpg 0x, d.jpg 2.5w', []],
    ['', []],
    [',,,', []],
  ])('%j', (input, expected) => {
    expect(parseSrcset(input)).toEqual(expected);
  });
});

describe('bestSrcsetCandidate', () => {
  const best = (value: string) => bestSrcsetCandidate(parseSrcset(value))?.url;
  test.each([
    ['s.jpg 320w, m.jpg 800w, l.jpg 1600w', 'l.jpg'],
    ['m.jpg 800w, xxl.jpg 6000w', 'm.jpg'],
    ['huge.jpg 9000w, giant.jpg 5000w', 'giant.jpg'],
    ['a.jpg 1x, b.jpg 2x', 'b.jpg'],
    ['a.jpg, b.jpg 4x', 'a.jpg'],
    ['a.jpg 2x, b.jpg 1200w', 'b.jpg'],
    ['', undefined],
  ])('%j → %s', (input, expected) => {
    expect(best(input)).toBe(expected);
  });
});
