/**
 * Flattens an OPML body into feed outlines tagged with their section.
 *
 * Sections are flat in the library, so nesting maps like this: a feed's
 * section is the name of its top-level folder; folders inside folders add
 * nothing (their feeds join the top-level folder), and feeds directly under
 * `<body>` have no section. An outline with both `xmlUrl` and children is a
 * feed, and its children are walked as if they were its siblings.
 */
import { collapseWhitespace } from '../feeds/plain-text';
import { childElements, type XmlElement } from '../feeds/xml/tree';

export interface RawOutline {
  xmlUrl: string | undefined;
  htmlUrl: string | undefined;
  title: string;
  section: string | null;
  /** `type="rss"` (or similar) without an address: a broken entry worth reporting. */
  claimsFeed: boolean;
}

const SECTION_NAME_MAX = 100;
const FEED_TYPES = new Set(['rss', 'atom', 'feed', 'json', 'jsonfeed']);

/** OPML exporters disagree on attribute case (`xmlUrl`, `xmlurl`, `XMLURL`). */
export function outlineAttr(element: XmlElement, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const a of element.attrs) if (a.ns === '' && a.local.toLowerCase() === wanted) return a.value;
  return undefined;
}

function label(element: XmlElement): string {
  return collapseWhitespace(outlineAttr(element, 'title') || outlineAttr(element, 'text') || '');
}

export function sectionName(element: XmlElement): string {
  const name = collapseWhitespace(outlineAttr(element, 'text') || outlineAttr(element, 'title') || '');
  return (name || 'Imported').slice(0, SECTION_NAME_MAX);
}

function isOutline(element: XmlElement): boolean {
  return element.local.toLowerCase() === 'outline';
}

/** Iterative on purpose: a hostile file nests as deep as the XML tree allows. */
export function walkOutlines(body: XmlElement, visit: (outline: RawOutline) => boolean): void {
  const stack: { element: XmlElement; section: string | null }[] = [];
  const pushChildren = (parent: XmlElement, section: string | null) => {
    const children = childElements(parent).filter(isOutline);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i]!, section });
  };
  pushChildren(body, null);
  while (stack.length > 0) {
    const { element, section } = stack.pop()!;
    const xmlUrl = outlineAttr(element, 'xmlUrl');
    const type = (outlineAttr(element, 'type') ?? '').trim().toLowerCase();
    const hasChildren = childElements(element).some(isOutline);
    if (xmlUrl !== undefined || FEED_TYPES.has(type)) {
      const keepGoing = visit({
        xmlUrl,
        htmlUrl: outlineAttr(element, 'htmlUrl'),
        title: label(element),
        section,
        claimsFeed: true,
      });
      if (!keepGoing) return;
      if (hasChildren) pushChildren(element, section);
    } else if (hasChildren) {
      pushChildren(element, section ?? sectionName(element));
    }
  }
}
