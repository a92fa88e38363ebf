/**
 * "Same canonical link ⇒ same story": an article's links as grouping compares them. A reprint of wire copy gives
 * the wire article's address as its canonical link; the scheme, "www.", a fragment and a trailing slash never make
 * two addresses different.
 */
export function normalizeLink(link: string): string {
  return link
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** The article's canonical link and its link, normalised, each once. */
export function linksOf(article: { link?: string | undefined; canonical?: string | undefined }): string[] {
  const links = new Set<string>();
  for (const link of [article.canonical, article.link]) if (link) links.add(normalizeLink(link));
  return [...links];
}
