/**
 * OPML 1.0 and 2.0 subscription lists to feeds and sections. The XML goes
 * through the feed parser's reader: saxes first (DTD entities are never
 * expanded, nothing external is loaded), htmlparser2's lenient XML mode when
 * the file is broken, as exported OPML often is (bare `&` in titles).
 * Never throws.
 */
import { decodeDocument } from '../feeds/decode';
import { parseXml } from '../feeds/xml/parse-xml';
import { childElements, textOf, type XmlElement } from '../feeds/xml/tree';
import { collapseWhitespace } from '../feeds/plain-text';
import { normalizeFeedUrl, optionalSiteUrl } from './feed-url';
import { walkOutlines, type RawOutline } from './outline-walk';
import type { OpmlDocument, OpmlEntryReport, OpmlFeed, ParseOpmlResult } from './types';

/** Far beyond any real reader's list; past it the rest is reported, not read. */
export const MAX_OPML_FEEDS = 20_000;
/** Past this many rejected outlines, only their count matters. */
const MAX_REPORTED = 1_000;
const MAX_SHOWN_URL = 300;

const NOT_OPML = 'This file is not an OPML subscription list.';

export function parseOpml(input: string | Uint8Array): ParseOpmlResult {
  try {
    return parseOrFail(input);
  } catch (error) {
    return {
      ok: false,
      message: `The OPML file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

function parseOrFail(input: string | Uint8Array): ParseOpmlResult {
  const text = typeof input === 'string' ? input : decodeDocument(input, undefined).text;
  if (text.trim() === '') return { ok: false, message: 'The OPML file is empty.' };
  const xml = parseXml(text, { url: '' });
  const root = xml.root;
  if (!root || root.local.toLowerCase() !== 'opml') return { ok: false, message: NOT_OPML };
  const head = child(root, 'head');
  const body = child(root, 'body');
  if (!body) return { ok: false, message: `${NOT_OPML} It has no <body>.` };

  const doc: OpmlDocument = {
    ok: true,
    title: headText(head, 'title'),
    dateCreated: headText(head, 'dateCreated'),
    sections: [],
    feeds: [],
    rejected: [],
    skipped: 0,
    invalid: 0,
    warnings: [],
  };
  if (xml.wellFormedError)
    doc.warnings.push(`the file is not well-formed XML (${xml.wellFormedError}); it was read leniently`);
  doc.warnings.push(...xml.warnings);
  collect(body, doc);
  return doc;
}

function collect(body: XmlElement, doc: OpmlDocument): void {
  const seen = new Set<string>();
  const sections = new Set<string>();
  let unreported = 0;
  const reject = (entry: OpmlEntryReport) => {
    if (entry.status === 'skipped') doc.skipped++;
    else doc.invalid++;
    if (doc.rejected.length < MAX_REPORTED) doc.rejected.push(entry);
    else unreported++;
  };
  walkOutlines(body, (outline) => {
    if (doc.feeds.length >= MAX_OPML_FEEDS) {
      doc.warnings.push(`only the first ${MAX_OPML_FEEDS} feeds were read`);
      return false;
    }
    const verdict = normalizeFeedUrl(outline.xmlUrl ?? '');
    const shown = reportOf(outline);
    if (!verdict.ok) reject({ ...shown, status: 'invalid', reason: verdict.reason });
    else if (seen.has(verdict.url))
      reject({ ...shown, status: 'skipped', reason: 'the same feed appears earlier in the file' });
    else {
      seen.add(verdict.url);
      if (outline.section !== null && !sections.has(outline.section)) {
        sections.add(outline.section);
        doc.sections.push(outline.section);
      }
      doc.feeds.push(toFeed(outline, verdict.url));
    }
    return true;
  });
  if (unreported > 0) doc.warnings.push(`${unreported} more outlines were refused or skipped than are listed`);
}

function toFeed(outline: RawOutline, url: string): OpmlFeed {
  return {
    url,
    title: outline.title || new URL(url).hostname,
    siteUrl: optionalSiteUrl(outline.htmlUrl),
    section: outline.section,
  };
}

function reportOf(outline: RawOutline): Omit<OpmlEntryReport, 'status'> {
  return { url: (outline.xmlUrl ?? '').trim().slice(0, MAX_SHOWN_URL), title: outline.title, section: outline.section };
}

function child(parent: XmlElement, name: string): XmlElement | undefined {
  return childElements(parent).find((element) => element.local.toLowerCase() === name.toLowerCase());
}

function headText(head: XmlElement | undefined, name: string): string | null {
  const element = head && child(head, name);
  const text = element ? collapseWhitespace(textOf(element)) : '';
  return text === '' ? null : text;
}
