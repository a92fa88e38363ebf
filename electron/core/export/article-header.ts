/**
 * The heading every HTML-based format puts above an article's content:
 * title, source, author, date and the link to the original. Built from
 * escaped text only, so it is valid HTML and XHTML alike. It takes the
 * article's language and direction from the element around it; the reader's
 * note, in whatever language they wrote it, finds its own direction.
 */
import type { ExportRecord } from './export-record';
import { displayTitle } from './format-writer';
import { exportUrl } from '../../api/url-policy/export-policy';
import { escapeXmlAttribute, escapeXmlText } from '../xml/xml-escape';

export function articleHeader(record: ExportRecord, headingLevel: 1 | 2): string {
  const tag = `h${headingLevel}`;
  const facts = [record.feed.title, record.author ?? '', formatDate(record.publishedAt ?? record.sortTime)]
    .map((fact) => fact.trim())
    .filter((fact) => fact !== '');
  const url = exportUrl(record.url);
  const link = url ? `<p class="source"><a href="${escapeXmlAttribute(url)}">${escapeXmlText(url)}</a></p>` : '';
  const tags =
    record.bookmark && record.bookmark.tags.length > 0
      ? `<p class="tags">Tags: ${escapeXmlText(record.bookmark.tags.join(', '))}</p>`
      : '';
  const note = record.bookmark?.note
    ? `<blockquote class="note" dir="auto"><p>${escapeXmlText(record.bookmark.note)}</p></blockquote>`
    : '';
  return `<${tag}>${escapeXmlText(displayTitle(record.title))}</${tag}><p class="byline">${escapeXmlText(facts.join(' · '))}</p>${link}${tags}${note}`;
}

/** A date as readers write it, in UTC so every export of the same library reads the same. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
