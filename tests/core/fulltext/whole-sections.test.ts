import { describe, expect, it } from 'vitest';
import { keepWholeSections, type Body } from '../../../electron/core/fulltext/whole-sections';

/** Issue 17, rule 4: keep whole sections, not fragments. */
function body(source: Body['candidate']['source'], text: string, words: number, credible = true): Body {
  return {
    candidate: { source, html: `<p>${text}</p>`, readability: null },
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    credibility: {
      credible,
      shortPage: false,
      words,
      mostlyLinks: false,
      reason: credible ? null : 'too-short',
      why: '',
    },
  };
}

const summary = '創立150年の山あいの小学校が今月末で閉校することになり、2日、最後の卒業式が行われました。';
const fragment = body('readability', summary, 60);

describe('whole sections', () => {
  it('takes the page’s landmark when Readability kept less than 60 % of it and the landmark opens the same way', () => {
    const whole = body(
      'landmark',
      `見出し\n\n${summary}\n\n地域全体で見送る\n\n閉校するのは、町立北沢小学校です。`,
      120,
    );
    expect(keepWholeSections(fragment, whole)).toBe(whole);
  });

  it('keeps Readability’s body when it holds most of the landmark', () => {
    expect(keepWholeSections(fragment, body('landmark', `${summary} 続き`, 90))).toBe(fragment);
  });

  it('keeps Readability’s body when the landmark is another text or not credible', () => {
    expect(keepWholeSections(fragment, body('landmark', 'Menu Home News Sport Weather', 200))).toBe(fragment);
    expect(keepWholeSections(fragment, body('landmark', `${summary} 続き`, 200, false))).toBe(fragment);
  });
});
