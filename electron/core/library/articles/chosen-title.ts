/**
 * The title an article is shown and searched by: the feed's, unless the feed's is empty or cut and the page
 * gave one. "Cut" means it ends with an ellipsis ("Ministers agree on…") or is a strict prefix of the page's title
 * (a feed that truncates titles at a fixed length), unless what the page adds is its site's name.
 */
const ELLIPSIS = /(?:…|\.\.\.)\s*$/u;
/**
 * "River levels fall" against "River levels fall - The Courier": what follows is the site's name, which the
 * extractor missed, not the rest of a cut title. The feed's whole title is better.
 */
const SITE_SEPARATOR = /^\s+(?:[-|–—·»/]|::)\s/u;

export function chooseTitle(feedTitle: string, pageTitle: string | null): string {
  const page = pageTitle?.replace(/\s+/g, ' ').trim();
  if (!page) return feedTitle;
  const feed = feedTitle.replace(/\s+/g, ' ').trim();
  if (feed === '' || ELLIPSIS.test(feed)) return page;
  const cut = page.length > feed.length && page.startsWith(feed) && !SITE_SEPARATOR.test(page.slice(feed.length));
  return cut ? page : feedTitle;
}
