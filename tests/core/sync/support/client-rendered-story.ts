/**
 * A client-rendered story page (issue 17): its HTML holds only the site's "about us" blurb (54 words of prose, no
 * links), the story itself is in JSON-LD `articleBody`. Readability takes the blurb first, and without the feed's
 * text the blurb passes for an article; the feed's teaser (10 sentences) makes it too little, so a caller that
 * hands its feed text to the extractor gets the JSON-LD story instead, and one that judges only afterwards gets
 * nothing.
 */
const sentence = (i: number) =>
  `Sentence number ${i} of the ferry story, told plainly, tells the reader something new about the harbour. `;

const blurb =
  '<div class="site-info"><p>The Harbour Courier has reported on the towns of the north coast since 1911, from council meetings and school plays to storms, fishing quotas and the ferry timetable.</p><p>Our reporters live in the places they write about, and every story we publish is checked by an editor who lives there too.</p></div>';

export const storyFeedText = Array.from({ length: 10 }, (_, i) => sentence(i))
  .join('')
  .trim();
export const storyLastSentence = sentence(13).trim();
export const blurbPhrase = 'since 1911';

export function clientRenderedStory(title: string): string {
  const story = Array.from({ length: 14 }, (_, i) => sentence(i)).join('');
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, articleBody: story };
  return `<!doctype html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root"></div>${blurb}</body></html>`;
}
