/**
 * The parser's entry point: bytes and what HTTP said about them in, a parsed
 * feed (flagged `bozo` with warnings when it had to recover) or a
 * FeedParseError the reader can be shown ("this URL returned an HTML page,
 * not a feed") out. It never throws on any input.
 */
import { decodeDocument, type DecodedDocument } from './decode';
import { readAtom } from './formats/atom';
import { isJsonFeed, readJsonFeed } from './formats/json-feed';
import { readRdf } from './formats/rdf';
import { readRss, type FormatResult } from './formats/rss';
import type { FeedParseError, FeedParseErrorKind, FeedVersion, ParseFeedOptions, ParseFeedResult } from './types';
import { documentBase } from './urls';
import { parseXml } from './xml/parse-xml';
import type { XmlElement } from './xml/tree';

const MESSAGES: Record<FeedParseErrorKind, string> = {
  empty: 'The address returned an empty document, not a feed.',
  html: 'The address returned an HTML page, not a feed. It may link to its feeds: try subscribing to the site instead.',
  'not-a-feed': 'The address returned a document that is not an RSS, Atom or JSON feed.',
  'invalid-json': 'The address returned JSON that could not be read.',
  unreadable: 'The feed could not be read.',
};

function failure(
  kind: FeedParseErrorKind,
  decoded: Pick<DecodedDocument, 'encoding' | 'warnings'>,
  detail?: string,
): FeedParseError {
  return {
    ok: false,
    kind,
    message: MESSAGES[kind],
    encoding: decoded.encoding,
    warnings: detail ? [...decoded.warnings, detail] : decoded.warnings,
  };
}

export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions = {}): ParseFeedResult {
  try {
    return parseOrFail(bytes, options);
  } catch (error) {
    // A bug here must cost one feed its refresh, not the sync engine its worker.
    return failure(
      'unreadable',
      { encoding: '', warnings: [] },
      `internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function readRoot(root: XmlElement): (FormatResult & { version: FeedVersion }) | FeedParseErrorKind {
  const name = root.local.toLowerCase();
  if (name === 'rss' || name === 'channel') return readRss(root);
  if (name === 'rdf') return readRdf(root);
  if (name === 'feed') return readAtom(root);
  if (name === 'html' || name === 'head' || name === 'body') return 'html';
  return 'not-a-feed';
}

function parseOrFail(bytes: Uint8Array, options: ParseFeedOptions): ParseFeedResult {
  const decoded = decodeDocument(bytes, options.contentType);
  const text = decoded.text;
  if (text.trim() === '') return failure('empty', decoded);
  const base = documentBase(options.url);
  const trimmed = text.trimStart();

  if (decoded.json || trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (error) {
      return failure('invalid-json', decoded, error instanceof Error ? error.message : undefined);
    }
    if (!isJsonFeed(doc)) return failure('not-a-feed', decoded, 'JSON without a jsonfeed.org version');
    const result = readJsonFeed(doc, base);
    const warnings = result.truncated ? [...decoded.warnings, 'only the first entries were read'] : decoded.warnings;
    return {
      ok: true,
      version: result.version,
      encoding: decoded.encoding,
      bozo: decoded.warnings.length > 0,
      warnings,
      feed: result.feed,
      entries: result.entries,
    };
  }
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html[\s>]/i.test(trimmed)) return failure('html', decoded);

  const xml = parseXml(text, { url: base, language: options.contentLanguage });
  if (!xml.root) return failure(xml.wellFormedError ? 'not-a-feed' : 'empty', decoded, xml.wellFormedError);
  const result = readRoot(xml.root);
  if (typeof result === 'string') return failure(result, decoded, xml.wellFormedError);

  const warnings = [...decoded.warnings];
  if (xml.wellFormedError)
    warnings.push(`the feed is not well-formed XML (${xml.wellFormedError}); it was read leniently`);
  warnings.push(...xml.warnings);
  const bozo = warnings.length > 0;
  if (result.truncated) warnings.push('the feed has too many entries; only the first were read');
  if (result.feed.language === undefined && xml.root.lang) result.feed.language = xml.root.lang;
  return {
    ok: true,
    version: result.version,
    encoding: decoded.encoding,
    bozo,
    warnings,
    feed: result.feed,
    entries: result.entries,
  };
}
