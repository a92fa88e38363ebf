import type { Page } from 'playwright-core';

/**
 * Tripwires for script that escaped the sanitizer, installed before any page
 * script runs: dialogs, fetch to another origin, XMLHttpRequest, beacons,
 * WebSockets and CSP violations are written to `window.__xss`. The app itself
 * only fetches from its own origin, so any other hit is the article's doing.
 */
const HOOKS = `(() => {
  const hits = [];
  window.__xss = hits;
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (message) => { hits.push(name + ':' + String(message)); };
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin) hits.push('fetch:' + url.href);
    return originalFetch(input, init);
  };
  const originalOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) { hits.push('xhr:' + String(url)); return originalOpen.call(this, method, url, ...rest); };
  navigator.sendBeacon = (url) => { hits.push('beacon:' + String(url)); return false; };
  window.WebSocket = class { constructor(url) { hits.push('websocket:' + String(url)); throw new Error('blocked'); } };
  document.addEventListener('securitypolicyviolation', (event) => hits.push('csp:' + event.violatedDirective + ' ' + event.blockedURI + ' at ' + event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber + ' ' + event.sample), true);
})();`;

export async function installXssHooks(page: Page): Promise<void> {
  await page.addInitScript(HOOKS);
}

export interface LiveArticleReport {
  /** What the hooks caught since the previous report. */
  hits: string[];
  dangerousAttributes: string[];
  forbiddenElements: string[];
  pageIntact: boolean;
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'longdesc',
  'ping',
  'lowsrc',
  'dynsrc',
  'data',
  'usemap',
];
const FORBIDDEN =
  'script, style, iframe, frame, frameset, object, embed, applet, portal, fencedframe, form, input, button, textarea, base, meta, link, svg, math, template, noscript';

/**
 * Waits until the reading pane shows the article titled `title`, then two
 * animation frames more (rendering done, and what it triggered, such as image
 * errors and animations, has fired), and reports the hooks' catch and the
 * live article DOM: event-handler, clobbering and inline-style attributes,
 * script or non-raster data URLs, elements that never belong in an article,
 * and whether the globals the app relies on are still the real ones. Also
 * looks for a <base> or frame anywhere in the document. One round trip per
 * article keeps the walk through the corpus fast.
 */
export async function inspectLiveArticle(page: Page, title: string | null = null): Promise<LiveArticleReport> {
  return (await page.evaluate(`new Promise((shown, failed) => {
    const want = ${JSON.stringify(title)};
    const ready = () => want === null || (document.querySelector('.article__title')?.textContent === want && document.querySelector('.article__content') !== null);
    if (ready()) return shown();
    const deadline = setTimeout(() => { observer.disconnect(); failed(new Error('The article ' + want + ' did not open within 15 s')); }, 15000);
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); clearTimeout(deadline); shown(); } });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }).then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))).then(() => {
    const urlAttributes = ${JSON.stringify(URL_ATTRIBUTES)};
    const raster = /^data:image\\/(png|gif|jpe?g|webp|avif|bmp);base64,/;
    const dangerousAttributes = [];
    for (const el of document.querySelectorAll('.article__content *')) {
      for (const { name, value } of el.attributes) {
        const lower = name.toLowerCase();
        const url = value.trim().toLowerCase();
        const scriptUrl = /^(javascript|vbscript):/.test(url) || (url.startsWith('data:') && !raster.test(url));
        if (lower.startsWith('on') || ['style', 'id', 'name', 'srcdoc', 'target'].includes(lower) || (urlAttributes.includes(lower) && scriptUrl)) {
          dangerousAttributes.push(el.tagName.toLowerCase() + '[' + lower + '=' + value.slice(0, 60) + ']');
        }
      }
    }
    const forbiddenElements = [...document.querySelectorAll('.article__content :is(${FORBIDDEN}), base, iframe, frame, object, embed')].map((el) => el.tagName.toLowerCase());
    const pageIntact = typeof document.createElement === 'function' && typeof document.getElementById === 'function' &&
      typeof document.querySelector === 'function' && location instanceof Location && typeof document.cookie === 'string' &&
      document.body instanceof HTMLBodyElement && document.querySelector('.article__content') !== null;
    return { hits: window.__xss.splice(0), dangerousAttributes, forbiddenElements, pageIntact };
  })`)) as LiveArticleReport;
}
