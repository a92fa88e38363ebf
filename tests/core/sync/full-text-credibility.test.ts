import { describe, expect, it } from 'vitest';
import { segmentForIndex } from '../../../electron/core/db/segment';
import {
  judgeFullText,
  linkShare,
  wordCount,
  type FullTextCandidate,
} from '../../../electron/core/sync/full-text-credibility';

/** Issue 17, rule 1: the caller, which knows the feed's text, decides whether an extracted page is the article. */
const words = (count: number, word = 'harbour') =>
  Array.from({ length: count }, (_, i) => `${word}${String.fromCharCode(97 + (i % 26))}`).join(' ');
const paragraphs = (text: string) => `<p>${text}</p>`;
const candidate = (text: string, more: Partial<FullTextCandidate> = {}): FullTextCandidate => ({
  text,
  html: paragraphs(text),
  feedText: '',
  description: null,
  ...more,
});

describe('at least 50 words', () => {
  it('refuses 49 words and takes 50 when the feed says nothing', () => {
    expect(judgeFullText(candidate(words(49)))).toEqual({ credible: false, reason: 'too-short' });
    expect(judgeFullText(candidate(words(50)))).toEqual({ credible: true });
  });

  it('takes a very short page that holds every word of the feed’s own text', () => {
    const page = 'The council closed the north bridge on Monday for repairs that will last until spring.';
    expect(judgeFullText(candidate(page, { feedText: 'Council closes the north bridge for repairs.' }))).toEqual({
      credible: false,
      reason: 'too-short',
    });
    expect(judgeFullText(candidate(page, { feedText: 'the north bridge, closed for repairs' }))).toEqual({
      credible: true,
    });
    // Words match whatever their case.
    expect(judgeFullText(candidate(page, { feedText: 'THE NORTH BRIDGE' }))).toEqual({ credible: true });
  });

  it('forgives the word a feed cut in half before its ellipsis', () => {
    const page = 'The council closed the north bridge on Monday for repairs that will last until spring.';
    expect(judgeFullText(candidate(page, { feedText: 'The council closed the north bri…' }))).toEqual({
      credible: true,
    });
    expect(judgeFullText(candidate(page, { feedText: 'The council closed the north bri' }))).toMatchObject({
      credible: false,
    });
  });

  it('never takes a short page on the strength of an empty feed text', () => {
    expect(judgeFullText(candidate('Sign in', { feedText: '   ' }))).toEqual({ credible: false, reason: 'too-short' });
  });
});

describe('at least 40 % of the longer of the feed’s text and the page’s description', () => {
  it('measures against the feed’s own text', () => {
    expect(judgeFullText(candidate(words(79), { feedText: words(200, 'quay') }))).toEqual({
      credible: false,
      reason: 'less-than-feed',
    });
    expect(judgeFullText(candidate(words(80), { feedText: words(200, 'quay') }))).toEqual({ credible: true });
  });

  it('measures against the page’s description when that is longer', () => {
    const feedText = words(100, 'quay');
    expect(judgeFullText(candidate(words(119), { feedText, description: words(300, 'dock') }))).toEqual({
      credible: false,
      reason: 'less-than-feed',
    });
    expect(judgeFullText(candidate(words(120), { feedText, description: words(300, 'dock') }))).toEqual({
      credible: true,
    });
  });
});

describe('less than half link text', () => {
  const text = (linked: number, plain: number) => `${words(linked, 'link')} ${words(plain, 'body')}`;
  const html = (linked: number, plain: number) =>
    `<ul>${words(linked, 'link')
      .split(' ')
      .map((word) => `<li><a href="/${word}">${word}</a></li>`)
      .join('')}</ul><p>${words(plain, 'body')}</p>`;

  it('refuses a body half of whose words are links, and takes one just under half', () => {
    expect(judgeFullText({ text: text(50, 50), html: html(50, 50), feedText: '', description: null })).toEqual({
      credible: false,
      reason: 'mostly-links',
    });
    expect(judgeFullText({ text: text(49, 51), html: html(49, 51), feedText: '', description: null })).toEqual({
      credible: true,
    });
  });

  it('counts link words apart even when links touch, and ignores scripts', () => {
    expect(linkShare('<p><a href="/a">one</a><a href="/b">two</a> three four</p>')).toBe(0.5);
    expect(linkShare('<p>one <script>var a = "x y z w"</script><a href="/">two</a></p>')).toBe(0.5);
    expect(linkShare('')).toBe(0);
  });
});

describe('the login bar of issue 17', () => {
  it('is not the article, whatever the page says of itself', () => {
    const bar = 'Se connecter S’inscrire Se déconnecter Le journal Les newsletters Mon compte Abonnez-vous';
    const html = `<div>${bar
      .split(/(?<=[a-zé]) (?=[A-Z])/u)
      .map((label) => `<a href="/compte">${label}</a> `)
      .join('')}</div>`;
    const feedText =
      'Le gouvernement a présenté mercredi un projet de loi sur le logement, qui prévoit de nouvelles aides pour les jeunes ménages et un encadrement des loyers dans les grandes villes.';
    expect(judgeFullText({ text: bar, html, feedText, description: null })).toMatchObject({ credible: false });
  });
});

describe('words as the search index counts them', () => {
  const japanese = '今日は東京で大きな会議が開かれ、多くの専門家が新しい計画について意見を述べました。';
  const arabic =
    'أعلنت الحكومة اليوم عن خطة جديدة لتحسين النقل العام في المدن الكبرى، وقالت إن العمل سيبدأ في الربيع المقبل. ';

  it('counts Japanese by its dictionary words, as the index splits them, not by its spaces', () => {
    const indexWords = segmentForIndex(japanese)
      .trim()
      .split(/[\s、。]+/)
      .filter(Boolean);
    expect(wordCount(japanese)).toBe(indexWords.length);
    expect(wordCount(japanese)).toBeGreaterThan(10);
  });

  it('takes a Japanese story and refuses a Japanese login bar', () => {
    expect(judgeFullText(candidate(japanese.repeat(6)))).toEqual({ credible: true });
    expect(judgeFullText(candidate(japanese.repeat(2)))).toEqual({ credible: false, reason: 'too-short' });
    const bar = 'ログイン 会員登録 ログアウト マイページ';
    const html = bar
      .split(' ')
      .map((label) => `<a href="/account">${label}</a>`)
      .join(' ');
    expect(judgeFullText({ text: bar, html, feedText: japanese, description: null })).toMatchObject({
      credible: false,
    });
  });

  it('counts Arabic words as it counts Latin ones', () => {
    expect(wordCount(arabic)).toBe(arabic.trim().split(/\s+/).length);
    expect(judgeFullText(candidate(arabic.repeat(3)))).toEqual({ credible: true });
    expect(judgeFullText(candidate(arabic.repeat(2)))).toEqual({ credible: false, reason: 'too-short' });
    // A short Arabic page that holds the feed's whole teaser.
    expect(judgeFullText(candidate(arabic, { feedText: 'أعلنت الحكومة اليوم عن خطة جديدة' }))).toEqual({
      credible: true,
    });
  });
});
