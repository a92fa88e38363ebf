/**
 * The fixed parts of an EPUB 3 package: container, stylesheet, the XHTML
 * shell every page shares, the navigation document and the package
 * document. Everything interpolated is escaped here.
 */
import type { TextDirection } from '../../../api/text-direction';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/xml-escape';

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

export const STYLE_CSS = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1 { font-size: 1.5em; line-height: 1.25; margin: 1em 0 0.25em; }
.byline, .source, .tags { font-size: 0.85em; color: #555; margin: 0.2em 0; }
.source a { word-break: break-all; }
.note { font-style: italic; border-inline-start: 3px solid #999; margin: 1em 0; padding-inline-start: 0.75em; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; }
.cover { text-align: center; margin: 0; }
.cover img { max-height: 100%; }
`;

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

export function xhtmlPage(options: {
  title: string;
  lang: string;
  /** Left out when the page's language has no known direction. */
  dir?: TextDirection | null;
  css: string;
  body: string;
}): string {
  const lang = escapeXmlAttribute(options.lang);
  const dir = options.dir ? ` dir="${options.dir}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}"${dir}>
<head><meta charset="UTF-8"/><title>${escapeXmlText(options.title)}</title><link rel="stylesheet" type="text/css" href="${escapeXmlAttribute(options.css)}"/></head>
<body>${options.body}</body>
</html>
`;
}

/** The table of contents; `attributes` are each entry's ` lang dir` (its article's), `heading` the word "Contents"'s. */
export function navDocument(
  page: { lang: string; dir: TextDirection | null; heading: string },
  entries: readonly { href: string; title: string; attributes: string }[],
): string {
  const items = entries
    .map(
      (entry) =>
        `<li><a href="${escapeXmlAttribute(entry.href)}"${entry.attributes}>${escapeXmlText(entry.title)}</a></li>`,
    )
    .join('\n');
  return xhtmlPage({
    title: 'Contents',
    lang: page.lang,
    dir: page.dir,
    css: 'style.css',
    body: `<nav epub:type="toc" id="toc"><h1${page.heading}>Contents</h1><ol>\n${items}\n</ol></nav>`,
  });
}

export interface PackageMetadata {
  identifier: string;
  title: string;
  /** Every language in the book, the main one first. */
  languages: readonly string[];
  /** `rtl` when the whole book reads right to left: readers then turn its pages that way. */
  pageProgression: TextDirection | null;
  date: string;
  modified: string;
}

export function packageDocument(
  meta: PackageMetadata,
  manifest: readonly ManifestItem[],
  spine: readonly string[],
): string {
  const items = manifest
    .map((item) => {
      const properties = item.properties ? ` properties="${item.properties}"` : '';
      return `    <item id="${escapeXmlAttribute(item.id)}" href="${escapeXmlAttribute(item.href)}" media-type="${item.mediaType}"${properties}/>`;
    })
    .join('\n');
  const refs = spine.map((id) => `    <itemref idref="${escapeXmlAttribute(id)}"/>`).join('\n');
  const languages = meta.languages.map((lang) => `    <dc:language>${escapeXmlText(lang)}</dc:language>`).join('\n');
  const progression = meta.pageProgression ? ` page-progression-direction="${meta.pageProgression}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXmlAttribute(meta.languages[0] ?? 'en')}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXmlText(meta.identifier)}</dc:identifier>
    <dc:title>${escapeXmlText(meta.title)}</dc:title>
${languages}
    <dc:creator>Broadsheet</dc:creator>
    <dc:date>${meta.date}</dc:date>
    <meta property="dcterms:modified">${meta.modified}</meta>
  </metadata>
  <manifest>
${items}
  </manifest>
  <spine${progression}>
${refs}
  </spine>
</package>
`;
}
