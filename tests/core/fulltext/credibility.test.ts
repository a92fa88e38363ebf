import { describe, expect, it } from 'vitest';
import { holdsEveryWord, judgeCredibility, linkShare } from '../../../electron/core/fulltext/credibility';

/** Issue 17, rule 1: what makes an extracted body credible enough to replace the feed's text. */
const prose = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
const body = (text: string, html = `<p>${text}</p>`) => ({ text, html });

describe('a credible body', () => {
  it('holds at least 50 words', () => {
    expect(judgeCredibility(body(prose(50)), {})).toMatchObject({ credible: true, shortPage: false, words: 50 });
    expect(judgeCredibility(body(prose(49)), {})).toMatchObject({ credible: false, why: '49 words' });
    expect(judgeCredibility(body(''), {})).toMatchObject({ credible: false, why: 'no text' });
  });

  it('holds at least 40 % of the longest of the feed text and the page description', () => {
    const feedText = prose(200);
    expect(judgeCredibility(body(prose(79)), { feedText })).toMatchObject({
      credible: false,
      why: '79 words where the feed or page summary has 200',
    });
    expect(judgeCredibility(body(prose(80)), { feedText, description: prose(30) }).credible).toBe(true);
    expect(judgeCredibility(body(prose(60)), { feedText: prose(20), description: prose(160) }).credible).toBe(false);
  });

  it('is less than half link text: a login bar or a menu is not an article', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ');
    const menu = judgeCredibility(body(prose(60), `<p>${links}</p>`), {});
    expect(menu).toMatchObject({ credible: false, mostlyLinks: true });
    expect(menu.why).toMatch(/% of it link text$/);
    // Counted in words, as the caller's rule counts them.
    expect(linkShare('<p>abcd efgh <a href="/">ij</a></p>')).toBeCloseTo(1 / 3);
    expect(linkShare('')).toBe(0);
  });

  it('may be a very short page when it holds every word of the feed’s text, flagged as such', () => {
    const feedText = 'Harbour Road is closed. Police expect it to reopen by midday.';
    const brief = 'Harbour Road is closed. Police expect it to reopen by midday.';
    expect(judgeCredibility(body(brief), { feedText })).toMatchObject({ credible: true, shortPage: true });
    expect(judgeCredibility(body('Harbour Road is closed.'), { feedText }).credible).toBe(false);
    expect(holdsEveryWord('東京で新しい防潮堤が完成しました。', '防潮堤が完成')).toBe(true);
    expect(holdsEveryWord('anything', '')).toBe(false);
  });
});
