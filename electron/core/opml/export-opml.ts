/** Subscriptions to an OPML 2.0 document any reader can import. */
import { escapeXmlAttribute, escapeXmlText } from '../xml/xml-escape';

export interface ExportFeed {
  url: string;
  title: string;
  siteUrl: string | null;
}

export interface ExportSection {
  name: string;
  feeds: ExportFeed[];
}

export interface OpmlExport {
  title: string;
  sections: ExportSection[];
  /** Feeds in no section: written directly under `<body>`. */
  unsectioned: ExportFeed[];
}

function feedOutline(feed: ExportFeed, indent: string): string {
  const title = escapeXmlAttribute(feed.title);
  const site = feed.siteUrl ? ` htmlUrl="${escapeXmlAttribute(feed.siteUrl)}"` : '';
  return `${indent}<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeXmlAttribute(feed.url)}"${site}/>`;
}

export function exportOpml(data: OpmlExport, now: Date = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXmlText(data.title)}</title>`,
    // OPML 2.0 asks for RFC 822 dates; toUTCString writes exactly that form.
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ];
  for (const section of data.sections) {
    const name = escapeXmlAttribute(section.name);
    lines.push(`    <outline text="${name}" title="${name}">`);
    for (const feed of section.feeds) lines.push(feedOutline(feed, '      '));
    lines.push('    </outline>');
  }
  for (const feed of data.unsectioned) lines.push(feedOutline(feed, '    '));
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
