/**
 * EPUB 3: one XHTML chapter per article, a navigation document, a generated
 * cover, and the pictures the offline cache holds as files in the book.
 * Only EPUB's core image types (PNG, JPEG, GIF) are embedded; WebP, AVIF and
 * pictures not cached become a link to their web address, so the book is
 * valid without fallbacks and never reaches out to the network.
 *
 * Each chapter is in its article's language and direction; the package lists
 * every language in the book (the most used first), and a book whose
 * articles all read right to left turns its pages that way.
 */
import { randomUUID } from 'node:crypto';
import { articleHeader } from '../article-header';
import { textDirection } from '../../../api/text-direction';
import { primaryLanguage } from '../../language/language-tag';
import { EXTENSIONS } from '../export-images';
import {
  collectionLanguage,
  EXPORT_UI_LANGUAGE,
  exportLanguage,
  languageAttributes,
  type CollectionLanguage,
} from '../export-language';
import type { ExportRecord } from '../export-record';
import { displayTitle, type ExportContext, type ExportFormatSpec, type FormatWriter } from '../format-writer';
import { sanitizeExportHtml } from '../sanitize-export';
import { toXhtml } from '../xhtml-fragment';
import { escapeXmlAttribute } from '../../xml/xml-escape';
import { zipWriter } from '../zip-writer';
import { coverSvg } from './epub-cover';
import { CONTAINER_XML, navDocument, packageDocument, STYLE_CSS, xhtmlPage, type ManifestItem } from './epub-templates';

const CORE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

export const epubFormat: ExportFormatSpec = {
  describe: () => ({ extension: 'epub', mimeType: 'application/epub+zip' }),
  open(sink, context) {
    return new EpubWriter(zipWriter(sink), context);
  },
};

class EpubWriter implements FormatWriter {
  private readonly manifest: ManifestItem[] = [];
  private readonly chapters: { id: string; href: string; title: string; language: string | null }[] = [];
  private readonly images = new Set<string>();
  private readonly languages: CollectionLanguage;
  /** The book's main language: its articles' shared or most used one, else the app's. */
  private readonly lang: string;

  constructor(
    private readonly zip: ReturnType<typeof zipWriter>,
    private readonly context: ExportContext,
  ) {
    this.languages = collectionLanguage(context.outline.map((entry) => entry.language));
    this.lang = this.languages.shared ?? this.languages.all[0] ?? EXPORT_UI_LANGUAGE;
    zip.add('mimetype', 'application/epub+zip', { store: true });
    zip.add('META-INF/container.xml', CONTAINER_XML);
    zip.add('EPUB/style.css', STYLE_CSS);
  }

  add(record: ExportRecord): void {
    const number = String(this.chapters.length + 1).padStart(5, '0');
    const id = `a${number}`;
    const href = `chapters/${id}.xhtml`;
    const lookup = this.context.pictures(record);
    const content = sanitizeExportHtml(record.html, {
      uncached: 'link',
      cached: (candidates) => {
        for (const url of candidates) {
          const picture = lookup(url);
          if (!picture || !CORE_IMAGE_TYPES.has(picture.type)) continue;
          const file = `images/${picture.hash.slice(0, 32)}.${EXTENSIONS[picture.type]}`;
          if (!this.images.has(file)) {
            this.images.add(file);
            this.zip.add(`EPUB/${file}`, picture.read());
            this.manifest.push({ id: `img-${picture.hash.slice(0, 32)}`, href: file, mediaType: picture.type });
          }
          return `../${file}`;
        }
        return null;
      },
    });
    const language = exportLanguage(record.language);
    const title = displayTitle(record.title);
    // An article whose language is unknown finds its direction from its text.
    const body = `<article${language ? '' : ' dir="auto"'}>${articleHeader(record, 1)}${toXhtml(content)}</article>`;
    const page = { title, lang: language ?? this.lang, dir: textDirection(language), css: '../style.css', body };
    this.zip.add(`EPUB/${href}`, xhtmlPage(page));
    this.manifest.push({ id, href, mediaType: 'application/xhtml+xml' });
    this.chapters.push({ id, href, title, language });
  }

  finish(): void {
    const { title, exportedAt } = this.context;
    const count = this.chapters.length;
    const subtitle = `${count} ${count === 1 ? 'article' : 'articles'} · ${exportedAt.toISOString().slice(0, 10)}`;
    this.zip.add('EPUB/cover.svg', coverSvg(title, subtitle));
    const bookDirection = this.languages.direction;
    this.zip.add(
      'EPUB/cover.xhtml',
      xhtmlPage({
        title,
        lang: this.lang,
        dir: bookDirection,
        css: 'style.css',
        body: `<div class="cover"><img src="cover.svg" alt="${escapeXmlAttribute(title)}"/></div>`,
      }),
    );
    this.zip.add(
      'EPUB/nav.xhtml',
      navDocument(
        {
          lang: this.lang,
          dir: bookDirection,
          // "Contents" is the app's word, in English whatever the book's language.
          heading:
            primaryLanguage(this.lang) === EXPORT_UI_LANGUAGE
              ? ''
              : ` lang="${EXPORT_UI_LANGUAGE}" xml:lang="${EXPORT_UI_LANGUAGE}"`,
        },
        this.chapters.map((c) => ({
          href: c.href,
          title: c.title,
          attributes: languageAttributes(c.language, { xhtml: true }),
        })),
      ),
    );
    const stamp = exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const manifest: ManifestItem[] = [
      { id: 'cover-image', href: 'cover.svg', mediaType: 'image/svg+xml', properties: 'cover-image' },
      { id: 'cover', href: 'cover.xhtml', mediaType: 'application/xhtml+xml' },
      { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' },
      { id: 'css', href: 'style.css', mediaType: 'text/css' },
      ...this.manifest,
    ];
    const spine = ['cover', 'nav', ...this.chapters.map((c) => c.id)];
    const languages = [this.lang, ...this.languages.all.filter((language) => language !== this.lang)];
    const meta = {
      identifier: `urn:uuid:${randomUUID()}`,
      title,
      languages,
      pageProgression: bookDirection === 'rtl' ? bookDirection : null,
      date: stamp,
      modified: stamp,
    };
    this.zip.add('EPUB/package.opf', packageDocument(meta, manifest, spine));
    this.zip.end();
  }
}
