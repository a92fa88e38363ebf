/**
 * The article's title without the site's name: "New Zealand - Wikipedia" is "New Zealand", "… | Riverside Post"
 * loses " | Riverside Post", but "Half-term - what the new calendar means" and "Evolve: Shared Mutable History"
 * keep their dash and colon. A title is only cut where a known site name follows (or precedes) a separator, or
 * where the page's own `<h1>` agrees with what is left; nothing is cut on the separator alone.
 */
export interface TitleSources {
  /** JSON-LD headline, `og:title`/`twitter:title`, then `<title>`: the order they are tried in. */
  titles: readonly (string | null)[];
  /** `og:site_name`, the JSON-LD publisher, and the like. */
  siteNames: readonly (string | null)[];
  /** The page's `<h1>` texts. */
  headings: readonly string[];
}

const SEPARATOR = String.raw`\s+[-–—|·•»/:]\s+|\s*[|·•»]\s*|_`;
const SPLIT = new RegExp(`(${SEPARATOR})`);

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    // Heading permalinks: "Evolve¶", "Options #", "Usage 🔗".
    .replace(/\s*[¶§#🔗]+\s*$/u, '')
    .trim();

/** For comparing: case, quotes, dashes and spacing aside. */
const key = (text: string) =>
  clean(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ');

/** "Wikipedia" matches "Wikipedia, the free encyclopedia"; "BBC" matches "BBC News"; short names must match whole. */
function isSiteName(part: string, siteNames: readonly string[]): boolean {
  const candidate = key(part);
  if (candidate === '') return false;
  return siteNames.some((name) => {
    const site = key(name);
    return site === candidate || (site.length >= 3 && (site.startsWith(candidate) || candidate.startsWith(site)));
  });
}

/** Cuts a site name (with its separator) off either end; the title unchanged when no known name is there. */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const parts = clean(title).split(SPLIT);
  // parts: text, separator, text, separator, text…
  if (parts.length < 3) return clean(title);
  const last = parts[parts.length - 1]!;
  if (isSiteName(last, siteNames)) return stripSiteName(parts.slice(0, -2).join(''), siteNames);
  const first = parts[0]!;
  if (isSiteName(first, siteNames)) return stripSiteName(parts.slice(2).join(''), siteNames);
  return clean(title);
}

/** The part of `title` a heading agrees with, when the rest is cut off by a separator: "X - Site" and h1 "X". */
function agreeingHeading(title: string, headings: readonly string[]): string | null {
  const whole = key(title);
  for (const heading of headings) {
    const head = key(heading);
    if (head.length < 2) continue;
    if (whole === head) return clean(heading);
    for (const [prefix, rest] of [
      [whole.startsWith(head), whole.slice(head.length)],
      [whole.endsWith(head), whole.slice(0, whole.length - head.length)],
    ] as const) {
      // What is cut must be a separator and something shorter than the title kept (a site name, a section).
      if (!prefix) continue;
      const match = new RegExp(`^(?:${SEPARATOR})(.+)$|^(.+?)(?:${SEPARATOR})$`).exec(rest);
      const cut = match?.[1] ?? match?.[2];
      if (cut && cut.length <= head.length) return clean(heading);
    }
  }
  return null;
}

export function articleTitle(sources: TitleSources): string | null {
  const titles = sources.titles.filter((title): title is string => !!title && clean(title) !== '');
  const siteNames = sources.siteNames.filter((name): name is string => !!name && name.trim() !== '');
  const headings = sources.headings.filter((heading) => !isSiteName(heading, siteNames));
  for (const title of titles) {
    const agreed = agreeingHeading(title, headings);
    if (agreed) return agreed;
  }
  for (const title of titles) {
    const stripped = stripSiteName(title, siteNames);
    if (stripped !== clean(title) && stripped !== '') return stripped;
  }
  return titles[0] ? clean(titles[0]) : null;
}
