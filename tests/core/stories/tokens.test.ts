import { describe, expect, it } from 'vitest';
import { dayMarkers, differentDays } from '../../../electron/core/stories/day-markers';
import { storyTokens } from '../../../electron/core/stories/tokens';

/** Two spellings of one headline should give the same tokens; that is what a reader expects grouping to see. */
describe('story tokens', () => {
  it('folds English case and diacritics, drops stopwords, and takes off plurals and possessives', () => {
    expect(storyTokens("The Union vows to fight Volsen's job cuts in São Paulo")).toEqual([
      'union',
      'vow',
      'fight',
      'volsen',
      'job',
      'cut',
      'sao',
      'paulo',
    ]);
    expect(storyTokens('Ferries capsize')).toEqual(['ferry', 'capsize']);
  });

  it('writes one figure one way: "3,000", "3k", "3000", "٣٠٠٠" and "3천"', () => {
    for (const text of ['3,000', '3k', '3000', '٣٠٠٠', '3천', '3.000']) expect(storyTokens(text)).toEqual(['3000']);
    expect(storyTokens('4,8')).toEqual(storyTokens('4.8'));
    expect(storyTokens('2-1')).toEqual(['2', '1']);
  });

  it('trims Korean particles and compares compounds by syllable pairs', () => {
    expect(storyTokens('서문시장에서')).toEqual(storyTokens('서문시장'));
    expect(storyTokens('해송군수가')).toEqual(['해송', '송군', '군수']);
    // The pairs of a compound meet the same name written on its own.
    expect(storyTokens('전 해송군수')).toEqual(expect.arrayContaining(storyTokens('군수')));
    expect(storyTokens('[속보] 경주 지진')).toEqual(['경주', '지진']);
  });

  it('folds Arabic hamza, alef, ya and ta marbuta, drops tatweel and short vowels, and strips the article and clitics', () => {
    expect(storyTokens('الحكومة')).toEqual(storyTokens('والحكومةُ'));
    expect(storyTokens('بالحكومة')).toEqual(storyTokens('للحكومه'));
    expect(storyTokens('إيران')).toEqual(storyTokens('ايـــران'));
    expect(storyTokens('مستشفى')).toEqual(storyTokens('مستشفي'));
    expect(storyTokens('في مدينة')).toEqual(storyTokens('مدينه'));
  });

  it('segments Chinese and Japanese as the search index does', () => {
    expect(storyTokens('東京都で地震')).toEqual(expect.arrayContaining(['東京', '地震']));
  });

  it('reads the days an article names, in each language', () => {
    expect(differentDays(dayMarkers('Markets close higher on Monday'), dayMarkers('Markets rise on Wednesday'))).toBe(
      true,
    );
    expect(
      differentDays(dayMarkers('السعودية: السبت أول أيام رمضان'), dayMarkers('المغرب: الأحد أول أيام رمضان')),
    ).toBe(true);
    expect(differentDays(dayMarkers('10일 새벽 화재'), dayMarkers('14일 구속'))).toBe(true);
    expect(differentDays(dayMarkers('Quake on Tuesday'), dayMarkers('Quake: what we know'))).toBe(false);
    expect(differentDays(dayMarkers('rally on Monday'), dayMarkers('Monday rally, Tuesday vote'))).toBe(false);
  });
});
