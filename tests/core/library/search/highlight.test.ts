import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../../../electron/core/library/search/highlight';
import { parseQuery } from '../../../../electron/core/library/search/query';

const terms = (q: string) => parseQuery(q)!.terms;
const marked = (text: string, q: string) => highlight(text, terms(q)).map((r) => text.slice(r.start, r.end));

describe('highlight', () => {
  it('marks whole words, case- and diacritic-insensitively, as offsets into the original', () => {
    expect(marked('São Paulo and SAO PAULO and são', 'sao')).toEqual(['São', 'SAO', 'são']);
    expect(marked('Ünïcödé naïve', 'unicode NAIVE')).toEqual(['Ünïcödé', 'naïve']);
    expect(marked('climate climates', 'climate')).toEqual(['climate']);
  });

  it('marks the whole word for prefix terms and each word of a phrase', () => {
    expect(marked('Economy economic ecology', 'econ*')).toEqual(['Economy', 'economic']);
    expect(marked('the climate summit opened', '"climate summit"')).toEqual(
      ['climate summit'].flatMap((p) => p.split(' ')),
    );
  });

  it('marks exactly the matching characters inside CJK text', () => {
    expect(marked('北京市政府今天宣布', '北京')).toEqual(['北京']);
    expect(marked('東京都で新しい政策が発表', '政策')).toEqual(['政策']);
    expect(marked('서울에서 대통령이', '서울')).toEqual(['서울']);
  });

  it('counts offsets in UTF-16 units, past emoji and combining marks', () => {
    const text = '😀 Cafe\u0301 news';
    const [range] = highlight(text, terms('cafe'));
    expect(range).toEqual({ start: 3, end: 8 });
  });

  it('never returns markup: hostile text is just text', () => {
    const text = '<img src=x onerror=alert(1)> attack';
    expect(marked(text, 'attack')).toEqual(['attack']);
  });
});

describe('snippet', () => {
  it('is a window around the first match with offsets relative to it', () => {
    const body = `${'filler '.repeat(100)}the important word here ${'tail '.repeat(100)}`;
    const result = snippet(body, terms('important'));
    expect(result.text.length).toBeLessThanOrEqual(240);
    const [range] = result.highlights;
    expect(result.text.slice(range!.start, range!.end)).toBe('important');
  });

  it('starts at the beginning when the match is elsewhere', () => {
    expect(snippet('short body', terms('absent')).text).toBe('short body');
  });
});
