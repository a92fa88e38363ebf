/**
 * Scripts the UI benchmark runs inside the page (as strings: they are
 * evaluated over the DevTools protocol, which the page's CSP does not
 * restrict). "Painted" is taken as the first task after the next animation
 * frame: the frame that shows the change has then been produced.
 */
const AFTER_PAINT = (then: string) =>
  `requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => { ${then} }; channel.port2.postMessage(0); })`;

/**
 * Init script: `window.__firstRows` resolves when the first story of the front page's broadsheet (the first screen:
 * a lead or a grid story in a section's band) is painted, in ms since navigation start.
 */
export const FIRST_ROWS_SCRIPT = `window.__firstRows = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.front-band .front-story')) return;
    observer.disconnect();
    ${AFTER_PAINT('resolve(performance.now());')}
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

export const FIRST_ROWS = 'window.__firstRows';

/**
 * Arms a measurement: from the next click's timestamp until `condition`
 * (a JS expression) holds and that state is painted. Read it with
 * MEASURED after clicking. `window.__before` holds the open article's
 * content element, so a condition can ask for a new one.
 */
export function armClickMeasure(condition: string): string {
  return `(() => {
    window.__before = document.querySelector('.article__content');
    window.__measured = new Promise((resolve) => {
      let start = null;
      const check = () => {
        if (start === null || !(${condition})) return;
        observer.disconnect();
        ${AFTER_PAINT('resolve(performance.now() - start);')}
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      document.addEventListener('click', (event) => { start = event.timeStamp; check(); }, { capture: true, once: true });
    });
  })()`;
}

export const MEASURED = 'window.__measured';

export const NEW_ARTICLE_SHOWN = `(() => { const content = document.querySelector('.article__content'); return content !== null && content !== window.__before && content.childElementCount > 0; })()`;

export function listShown(name: string): string {
  return `document.querySelector(${JSON.stringify(`[role="list"][aria-label="Articles in ${name}"] .article-row`)}) !== null`;
}
