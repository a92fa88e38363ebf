import { describe, expect, it } from 'vitest';
import { teaserReason } from '../../../renderer/src/article/teaser';

const LONG = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

const feedText = (text: string, wordCount = text.split(/\s+/).filter(Boolean).length) => ({
  text,
  wordCount,
  contentHtml: `<p>${text}</p>`,
  fullTextHtml: null,
});

describe('teaser detection', () => {
  it.each([
    ['a full article', feedText(`${LONG}.`), null],
    ['a full article that mentions reading more', feedText(`${LONG}. You can read more about it at our site.`), null],
    ['one that invites to keep reading books', feedText(`${LONG} and I want to keep reading books like this`), null],
    ['a full article ending in a question', feedText(`${LONG}, or is it more?`), null],
    ['79 words', feedText(`${words(79)}.`), 'short'],
    ['80 words', feedText(`${words(80)}.`), null],
    ['an empty text', feedText('', 0), 'short'],
    ['only whitespace', feedText('  \n ', 0), 'short'],
    ['an ellipsis', feedText(`${LONG}…`), 'ellipsis'],
    ['three dots', feedText(`${LONG}...`), 'ellipsis'],
    ['WordPress [&hellip;]', feedText(`${LONG} […]`), 'ellipsis'],
    ['(more…)', feedText(`${LONG} (more…)`), 'ellipsis'],
    ['an ellipsis then spaces', feedText(`${LONG}…  \n`), 'ellipsis'],
    ['"Read more"', feedText(`${LONG}.\nRead more`), 'read-more'],
    ['"Read more »"', feedText(`${LONG}. Read more »`), 'read-more'],
    ['"Read more." glued to the paragraph', feedText(`${LONG} Read more.`), 'read-more'],
    ['"Continue reading <title> →"', feedText(`${LONG}. Continue reading Harbour opens a line →`), 'read-more'],
    ['"Read the full story"', feedText(`${LONG}. Read the full story`), 'read-more'],
    ['"… more"', feedText(`${LONG} … more`), 'read-more'],
    ['"[more]"', feedText(`${LONG} [more]`), 'read-more'],
    ['Korean "더 보기"', feedText(`${LONG}. 더 보기`), 'read-more'],
    ['Arabic "اقرأ المزيد"', feedText(`${LONG}. اقرأ المزيد`), 'read-more'],
    ['German "Weiterlesen"', feedText(`${LONG}. Weiterlesen`), 'read-more'],
    ['a short Korean text counted by the core', feedText('서울시가 새 버스 노선을 연다.', 5), 'short'],
  ])('%s', (_name, article, expected) => {
    expect(teaserReason(article)).toBe(expected);
  });

  it('never calls an article a teaser once its full text is kept', () => {
    expect(teaserReason({ ...feedText('Short…', 1), fullTextHtml: '<p>The whole story.</p>' })).toBeNull();
  });

  it('is not fooled by hostile lengths', () => {
    expect(teaserReason(feedText(`${'.'.repeat(50_000)}x`, 1))).toBe('short');
    expect(teaserReason(feedText(`${LONG} ${'read more '.repeat(5_000)}done.`))).toBeNull();
  });
});
