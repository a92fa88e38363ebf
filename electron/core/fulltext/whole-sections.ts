/**
 * Rule 4 of issue 17, whole sections rather than fragments: Readability keeps its best block and the siblings
 * that score well, and can leave out the rest of a story split into headed sections, or the option lists of a
 * documentation page. When its body holds less than 60 % of the words of the page's own `<main>`/`<article>`
 * (after the pre-clean), and that landmark is credible and opens with the same text, the landmark is the article.
 */
import type { Candidate } from './candidates';
import type { Credibility } from './credibility';

export interface Body {
  candidate: Candidate;
  contentHtml: string;
  textContent: string;
  credibility: Credibility;
}

export const FRAGMENT_SHARE = 0.6;
/** How much of the body's opening the landmark must hold to be the same article. */
const OPENING_CHARS = 80;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function keepWholeSections(body: Body, landmark: Body): Body {
  if (!landmark.credibility.credible || landmark.credibility.shortPage) return body;
  if (body.credibility.words >= FRAGMENT_SHARE * landmark.credibility.words) return body;
  const opening = squash(body.textContent).slice(0, OPENING_CHARS);
  return opening !== '' && squash(landmark.textContent).includes(opening) ? landmark : body;
}
