import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { preClean, type CleanDocument } from '../../../electron/core/fulltext/pre-clean';

/** The pre-clean rules issue 17 added: sign-up boxes, account links, orphaned headings, print-hidden furniture, and the article guard. */
const story = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, with enough words to read as prose.</p>`).join(
    '',
  );
const menu = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Menu entry ${i}</a></li>`).join('')}</ul>`;

function cleaned(body: string): string {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  preClean(document as unknown as CleanDocument);
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('pre-clean', () => {
  it('takes out a newsletter box with its heading and pitch, in any language, but not the article around it', () => {
    const box =
      '<div class="nl-inline"><h3>Suscríbete a nuestro boletín</h3><p>Lo más importante del día.</p><form><input type="email"><button>OK</button></form></div>';
    const text = cleaned(`<article>${story(3)}${box}${story(2)}</article>`);
    expect(text).not.toMatch(/Suscríbete|Lo más importante/);
    expect(text).toContain('Paragraph 0 of the story');
    expect(text.match(/Paragraph/g)).toHaveLength(5);
  });

  it('takes out a block that is only a short link to subscribing or signing in, not a link in a sentence', () => {
    const text = cleaned(
      `<article>${story(3)}<p class="button-wrapper"><a href="/subscribe?ref=post"><span>Subscribe now</span></a></p><p>Read <a href="/subscribe-rules">the rules</a> first.</p></article>`,
    );
    expect(text).not.toContain('Subscribe now');
    expect(text).toContain('Read the rules first.');
  });

  it('takes out a heading left alone once what it introduced is gone', () => {
    const text = cleaned(
      `<article>${story(4)}</article><div class="post-section"><h4>Discussion about this post</h4><div class="comments-section"><a href="/c">Leave a comment</a></div></div>`,
    );
    expect(text).not.toMatch(/Discussion about this post|Leave a comment/);
  });

  it('takes out print-hidden furniture ("From Wikipedia, the free encyclopedia")', () => {
    expect(
      cleaned(`<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>${story(3)}`),
    ).not.toContain('From Wikipedia');
  });

  it('keeps an element holding most of the page’s paragraphs, even when its id names the paywall and menus outweigh it', () => {
    const text = cleaned(
      `<nav class="x">${menu(80)}</nav><div class="menus">${menu(80)}</div><section id="js-paywall-content">${story(6)}</section><div class="related">${story(1)}</div>`,
    );
    expect(text).toContain('Paragraph 5 of the story');
  });

  it('takes out heading permalinks, not the heading', () => {
    expect(
      cleaned(`<article><h2>Options<a class="headerlink" href="#options">¶</a></h2>${story(3)}</article>`),
    ).toMatch(/^OptionsParagraph 0/);
  });
});
