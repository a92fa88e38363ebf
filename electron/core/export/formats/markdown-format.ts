/**
 * Markdown: one `.md` per article. With images "linked", one article is a
 * plain `.md` file whose pictures point at their web addresses; otherwise
 * the export is a `.zip` of `.md` files, and with images "embedded" the
 * cached pictures sit in `images/` beside them, referenced by relative paths.
 */
import { EXTENSIONS } from '../export-images';
import type { ExportRecord } from '../export-record';
import { fileStem } from '../file-stem';
import type { ExportContext, ExportFormatSpec, FormatWriter } from '../format-writer';
import { sanitizeExportHtml, type PicturePolicy } from '../sanitize-export';
import type { ByteSink } from '../byte-sink';
import { zipWriter, type ZipWriter } from '../zip-writer';
import { toMarkdown } from './markdown-convert';

export const markdownFormat: ExportFormatSpec = {
  describe: (count, options) =>
    count === 1 && options.images === 'link'
      ? { extension: 'md', mimeType: 'text/markdown' }
      : { extension: 'zip', mimeType: 'application/zip' },
  open(sink, context) {
    if (context.outline.length === 1 && context.options.images === 'link') return new SingleMarkdown(sink);
    return new MarkdownZip(zipWriter(sink), context);
  },
};

const LINKED: PicturePolicy = { uncached: 'remote', cached: () => null };

class SingleMarkdown implements FormatWriter {
  constructor(private readonly sink: ByteSink) {}
  add(record: ExportRecord): void {
    this.sink.write(toMarkdown(record, sanitizeExportHtml(record.html, LINKED)));
  }
  finish(): void {}
}

class MarkdownZip implements FormatWriter {
  private readonly names = new Set<string>();
  private readonly images = new Set<string>();

  constructor(
    private readonly zip: ZipWriter,
    private readonly context: ExportContext,
  ) {}

  add(record: ExportRecord): void {
    const policy = this.context.options.images === 'link' ? LINKED : this.embedded(record);
    this.zip.add(this.fileName(record), toMarkdown(record, sanitizeExportHtml(record.html, policy)));
  }

  finish(): void {
    this.zip.end();
  }

  private embedded(record: ExportRecord): PicturePolicy {
    const lookup = this.context.pictures(record);
    return {
      uncached: 'remote',
      cached: (candidates) => {
        for (const url of candidates) {
          const picture = lookup(url);
          if (!picture) continue;
          const file = `images/${picture.hash.slice(0, 32)}.${EXTENSIONS[picture.type]}`;
          if (!this.images.has(file)) {
            this.images.add(file);
            this.zip.add(file, picture.read(), { store: true });
          }
          return file;
        }
        return null;
      },
    };
  }

  /** Date and title make a name that sorts well; a number keeps two same-day namesakes apart. */
  private fileName(record: ExportRecord): string {
    const base = `${(record.publishedAt ?? record.sortTime).slice(0, 10)}-${fileStem(record.title)}`;
    let name = `${base}.md`;
    for (let n = 2; this.names.has(name); n++) name = `${base}-${n}.md`;
    this.names.add(name);
    return name;
  }
}
