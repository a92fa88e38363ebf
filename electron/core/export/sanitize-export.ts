/**
 * The one policy for HTML that leaves the app (every export format goes
 * through it). sanitize-html is built for Node on htmlparser2, which the core
 * already uses; DOMPurify would need a DOM here (jsdom is heavy for the
 * worker, and linkedom is not a DOM DOMPurify is tested against).
 *
 * An allow-list: structure, text formatting, lists, tables, links and
 * pictures. No script, style, event handler, form, frame, object, embed, base
 * or meta survives; no attribute but the few named below (so no style, class
 * or id); links only to absolute http(s) or mailto. Pictures are decided by
 * the caller: a cached copy (a data: URI or a file in the export), the web
 * address (Markdown "linked"), or a text link in their place.
 */
import sanitizeHtml from 'sanitize-html';
import { parseSrcset } from '../images/srcset';
import { exportLinkUrl, exportUrl } from '../../api/url-policy/export-policy';

export interface PicturePolicy {
  /** The new src for a cached picture at one of these addresses, or null. */
  cached(candidates: string[]): string | null;
  /** What an uncached picture becomes: its web address kept, or a link to it. */
  uncached: 'remote' | 'link';
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'img',
  'a',
  'span',
  'div',
];

/** Structural tags kept as their plainest equivalent, so every format (and EPUB's strict schema) can hold them. */
const RENAMES: Record<string, string> = {
  figure: 'div',
  figcaption: 'p',
  section: 'div',
  article: 'div',
  header: 'div',
  footer: 'div',
  aside: 'div',
  main: 'div',
  dl: 'div',
  dt: 'p',
  dd: 'p',
  center: 'div',
  font: 'span',
};

const DIGITS = /^\d{1,5}$/;
const LAZY_SOURCES = ['src', 'data-src', 'data-original', 'data-lazy-src', 'data-url'];

export function sanitizeExportHtml(html: string, pictures: PicturePolicy): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'template',
      'title',
      'iframe',
      'object',
      'svg',
      'math',
      'select',
    ],
    transformTags: {
      ...Object.fromEntries(Object.entries(RENAMES).map(([from, to]) => [from, to])),
      a: (_name, attribs) => ({ tagName: 'a', attribs: linkAttributes(attribs) }),
      img: (_name, attribs) => picture(attribs, pictures),
      td: (name, attribs) => ({ tagName: name, attribs: numeric(attribs, ['colspan', 'rowspan']) }),
      th: (name, attribs) => ({ tagName: name, attribs: numeric(attribs, ['colspan', 'rowspan']) }),
      ol: (name, attribs) => ({ tagName: name, attribs: numeric(attribs, ['start']) }),
    },
  });
}

function linkAttributes(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const href = exportLinkUrl(attribs.href);
  if (href) out.href = href;
  if (attribs.title) out.title = attribs.title;
  return out;
}

function picture(attribs: Record<string, string>, policy: PicturePolicy): sanitizeHtml.Tag {
  const candidates = [
    ...LAZY_SOURCES.map((name) => attribs[name]),
    ...[attribs.srcset, attribs['data-srcset']].flatMap((set) => (set ? parseSrcset(set).map((c) => c.url) : [])),
  ].flatMap((value) => exportUrl(value) ?? []);
  const alt = (attribs.alt ?? '').trim();
  const cached = policy.cached(candidates);
  if (cached !== null) {
    return {
      tagName: 'img',
      attribs: {
        src: cached,
        alt,
        ...numeric(attribs, ['width', 'height']),
        ...(attribs.title ? { title: attribs.title } : {}),
      },
    };
  }
  const web = candidates[0];
  if (web && policy.uncached === 'remote') return { tagName: 'img', attribs: { src: web, alt } };
  const label = alt ? `[Image: ${alt}]` : '[Image]';
  if (web) return { tagName: 'a', attribs: { href: web }, text: label };
  return { tagName: 'span', attribs: {}, text: label };
}

function numeric(attribs: Record<string, string>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = attribs[name]?.trim();
    if (value && DIGITS.test(value)) out[name] = value;
  }
  return out;
}
