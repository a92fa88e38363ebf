/**
 * RSS never says whether a title is text or HTML. Like Python's feedparser, call
 * it HTML only when it has a closing tag or an entity and every tag is a real
 * HTML element, so "a < b" or "<Ctrl>" stay text.
 */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside audio b bdi bdo big blink blockquote br button canvas caption center cite ' +
    'code col colgroup command datagrid datalist dd del details dfn dialog dir div dl dt em event-source fieldset figcaption ' +
    'figure font footer form h1 h2 h3 h4 h5 h6 header hr i img input ins kbd keygen label legend li m map menu meter ' +
    'multicol nav nextid noscript ol optgroup option output p pre progress q s samp section select small sound source ' +
    'spacer span strike strong sub sup table tbody td textarea tfoot th thead time tr tt u ul var video noscript'
  ).split(' '),
);

export function looksLikeHtml(text: string): boolean {
  if (!/<\/\w+>/.test(text) && !/&#?\w+;/.test(text)) return false;
  for (const match of text.matchAll(/<\/?(\w+)/g)) if (!HTML_ELEMENTS.has(match[1]!.toLowerCase())) return false;
  return true;
}
