/**
 * One self-contained HTML file: sanitized articles, cached pictures inlined
 * as data: URIs, a table of contents when it holds several articles. Its
 * Content-Security-Policy allows nothing but its own stylesheet (by hash)
 * and inline pictures, so even a sanitizer miss could not run or fetch
 * anything. `print` starts each article on a new page (the PDF export).
 * Every article and contents entry carries its own `lang` and `dir`; the
 * document takes the articles' language when they all share one.
 */
import { createHash } from 'node:crypto';
import { articleHeader } from '../article-header';
import { collectionLanguage, EXPORT_UI_LANGUAGE, languageAttributes } from '../export-language';
import type { ExportRecord } from '../export-record';
import { primaryLanguage } from '../../language/language-tag';
import { displayTitle, type ExportContext, type ExportFormatSpec, type FormatWriter } from '../format-writer';
import { sanitizeExportHtml } from '../sanitize-export';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/xml-escape';

const CSS = `body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #1f2933; }
h1, h2 { line-height: 1.25; }
.sans { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.byline, .source, .tags { font-size: 0.9em; color: #52606d; margin: 0.2em 0; }
.source a { word-break: break-all; }
.note { font-style: italic; border-inline-start: 3px solid #9aa5b1; margin: 1em 0; padding-inline-start: 0.75em; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; }
article { margin-top: 3em; }
nav li { margin: 0.25em 0; }
@media print { body { max-width: none; margin: 0; } a { color: inherit; } .print article { margin-top: 0; } .print nav + article, .print article + article { break-before: page; page-break-before: always; } }
`;
const STYLE_HASH = createHash('sha256').update(CSS).digest('base64');
export const HTML_EXPORT_CSP = `default-src 'none'; img-src data:; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

export const htmlFormat: ExportFormatSpec = {
  describe: () => ({ extension: 'html', mimeType: 'text/html' }),
  open(sink, context) {
    const several = context.outline.length > 1;
    const { shared, direction } = collectionLanguage(context.outline.map((entry) => entry.language));
    const lang = shared ?? EXPORT_UI_LANGUAGE;
    const dir = shared && direction === 'rtl' ? ' dir="rtl"' : '';
    // The app's own words ("Contents") stay marked as English in a document in another language.
    const ours = primaryLanguage(lang) === EXPORT_UI_LANGUAGE ? '' : ` lang="${EXPORT_UI_LANGUAGE}"`;
    sink.write(`<!DOCTYPE html>
<html lang="${escapeXmlAttribute(lang)}"${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXmlText(context.title)}</title>
<style>${CSS}</style>
</head>
<body class="${[context.options.print ? 'print' : '', context.options.font === 'sans' ? 'sans' : ''].join(' ').trim()}">
`);
    if (several) {
      sink.write(
        `<header><h1 dir="auto">${escapeXmlText(context.title)}</h1></header>\n<nav aria-label="Contents"><h2${ours}>Contents</h2><ol>\n`,
      );
      for (const entry of context.outline) {
        sink.write(
          `<li${languageAttributes(entry.language)}><a href="#article-${entry.rowId}">${escapeXmlText(displayTitle(entry.title))}</a></li>\n`,
        );
      }
      sink.write('</ol></nav>\n');
    }
    return new HtmlWriter(sink, context, several);
  },
};

class HtmlWriter implements FormatWriter {
  constructor(
    private readonly sink: { write(chunk: string): void },
    private readonly context: ExportContext,
    private readonly several: boolean,
  ) {}

  add(record: ExportRecord): void {
    const lookup = this.context.pictures(record);
    const content = sanitizeExportHtml(record.html, {
      uncached: 'link',
      cached: (candidates) => {
        for (const url of candidates) {
          const picture = lookup(url);
          if (picture) return `data:${picture.type};base64,${Buffer.from(picture.read()).toString('base64')}`;
        }
        return null;
      },
    });
    const id = escapeXmlAttribute(`article-${record.rowId}`);
    const lang = languageAttributes(record.language);
    this.sink.write(
      `<article id="${id}"${lang}>\n${articleHeader(record, this.several ? 2 : 1)}\n${content}\n</article>\n`,
    );
  }

  finish(): void {
    this.sink.write('</body>\n</html>\n');
  }
}
