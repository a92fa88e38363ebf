/**
 * A byline is a name, never a URL. Pages put author links where a name belongs (`<meta name="author"
 * content="https://…/auteur/…">`, JSON-LD `author.url`); the extractor should not pass them on, and storage does not
 * keep them either (defence in depth): a URL is dropped from the byline, and a byline that was nothing but
 * addresses is none.
 */
const MAX_BYLINE = 200;
/** Schemes, `www.` hosts and bare `host.tld/path` forms; e-mail addresses are no names either. */
const ADDRESS =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s()[\]<>]*|\b[\w-]+(?:\.[\w-]+)+\/[^\s()[\]<>]*|[^\s@()<>,]+@[^\s@()<>,]+\.[^\s@()<>,]+/giu;
/** "By Jane Doe", "Par Jean Dupont": the word is the page's, the name is the byline. */
const LEAD = /^(?:by|par|von|por|di|door|av|af)\s+/iu;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw
    .replace(ADDRESS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD, '')
    // What an address left behind: "Jane Doe ()", "Jane Doe |", "Jane Doe,".
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/^[\s|,;:·•–—-]+|[\s|,;:·•–—-]+$/gu, '')
    .trim();
  if (!/\p{L}/u.test(text)) return null;
  return text.length > MAX_BYLINE ? null : text;
}
