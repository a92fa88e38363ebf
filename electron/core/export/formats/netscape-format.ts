/**
 * The Netscape bookmark file every browser imports: one <DT><A> per
 * article with ADD_DATE (Unix seconds) and TAGS (comma-separated, as
 * Pinboard, Firefox and Raindrop read it), the note as <DD>. Articles with no
 * http(s) address have nothing to bookmark and are left out.
 */
import type { ExportFormatSpec } from '../format-writer';
import { displayTitle } from '../format-writer';
import { exportUrl } from '../../../api/url-policy/export-policy';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/xml-escape';

export const netscapeFormat: ExportFormatSpec = {
  describe: () => ({ extension: 'html', mimeType: 'text/html' }),
  open(sink, context) {
    sink.write(`<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
<DT><H3>${escapeXmlText(context.title)}</H3>
<DL><p>
`);
    return {
      add(record) {
        const url = exportUrl(record.url);
        if (!url) return;
        const added = Math.floor(Date.parse(record.bookmark?.createdAt ?? record.sortTime) / 1000);
        const tags = (record.bookmark?.tags ?? []).map((tag) => tag.replace(/,/g, ' ')).join(',');
        const tagAttribute = tags ? ` TAGS="${escapeXmlAttribute(tags)}"` : '';
        sink.write(
          `    <DT><A HREF="${escapeXmlAttribute(url)}" ADD_DATE="${added}"${tagAttribute}>${escapeXmlText(displayTitle(record.title))}</A>\n`,
        );
        if (record.bookmark?.note)
          sink.write(`    <DD>${escapeXmlText(record.bookmark.note).replace(/\r?\n/g, '<BR>')}\n`);
      },
      finish() {
        sink.write('</DL><p>\n</DL><p>\n');
      },
    };
  },
};
