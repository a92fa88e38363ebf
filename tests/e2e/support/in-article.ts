import type { Page } from 'playwright-core';

/**
 * What the live article DOM contains that must never be there. Runs in the
 * page as a string (see in-page.ts for why).
 */
export interface ArticleDomReport {
  handlerAttributes: string[];
  scriptUrls: string[];
  forbiddenElements: string[];
  styleAttributes: number;
  clobberingAttributes: number;
  pwned: boolean;
}

export async function inspectArticleDom(page: Page): Promise<ArticleDomReport> {
  return (await page.evaluate(`(() => {
    const all = [...document.querySelectorAll('.article__content, .article__content *')];
    const attributes = all.flatMap((el) => [...el.attributes].map((a) => ({ name: a.name.toLowerCase(), value: a.value })));
    return {
      handlerAttributes: attributes.filter((a) => a.name.startsWith('on')).map((a) => a.name),
      scriptUrls: attributes.filter((a) => /^\\s*(javascript|vbscript|data:text)/i.test(a.value)).map((a) => a.name + '=' + a.value),
      forbiddenElements: [...document.querySelectorAll('.article__content :is(script, iframe, form, input, button, svg, math, style, link, meta, base, object, embed, noscript)')].map((el) => el.tagName),
      styleAttributes: attributes.filter((a) => a.name === 'style').length,
      clobberingAttributes: attributes.filter((a) => a.name === 'id' || a.name === 'name').length,
      pwned: Boolean(window.__pwned),
    };
  })()`)) as ArticleDomReport;
}

export async function computedDirection(page: Page, selector: string): Promise<string> {
  return String(await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`));
}

/** Titles of the visible article rows (or the front page's stories), top to bottom. */
export async function rowTitles(page: Page): Promise<string[]> {
  return page.locator('.article-row__title, .front-story__headline').allTextContents();
}
