/**
 * The only way article HTML reaches the DOM. Feed HTML is hostile: this keeps
 * prose, headings, lists, quotes, code, tables, figures and images, and drops
 * everything that can run script, submit data, frame other pages, restyle the
 * app or clobber DOM globals. SVG and MathML are refused outright (the
 * HTML profile) because their namespaces are where mutation-XSS lives.
 */
import DOMPurify, { type Config } from 'dompurify';
import { articleLinkUrl, articlePictureUrl, articleSrcset } from '@contract/url-policy/article-policy';
import { DEFUSED_ELEMENTS, defuseInline } from './defuse-inline';

const purifier = DOMPurify(window);

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'script',
    'noscript',
    'template',
    'style',
    'link',
    'meta',
    'base',
    'title',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'optgroup',
    'fieldset',
    'label',
    'output',
    'datalist',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'dialog',
    'audio',
    'video',
    'source',
    'track',
    'svg',
    'math',
    'slot',
    ...DEFUSED_ELEMENTS,
  ],
  // A stylesheet's text must not turn into visible prose once its element is dropped.
  ADD_FORBID_CONTENTS: DEFUSED_ELEMENTS,
  // id/name clobber globals (window.cookie, document.forms…); class could borrow the app's own styles.
  FORBID_ATTR: [
    'style',
    'id',
    'name',
    'class',
    'srcdoc',
    'formaction',
    'action',
    'ping',
    'target',
    'autofocus',
    'background',
    'poster',
    'xmlns',
    'is',
    'popover',
    'popovertarget',
    'contenteditable',
    'tabindex',
    'accesskey',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify's first gate (its default plus the image cache's scheme); the hook below is the strict one.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|bsimg):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_DOM: true,
  WHOLE_DOCUMENT: false,
};

let baseUrl: string | null = null;

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  const tag = node.tagName.toLowerCase();
  if (node.hasAttribute('href')) {
    const href = tag === 'a' || tag === 'area' ? articleLinkUrl(node.getAttribute('href') ?? '', baseUrl) : null;
    if (href) node.setAttribute('href', href);
    else node.removeAttribute('href');
  }
  if (tag === 'a') node.setAttribute('rel', 'noopener noreferrer');
  for (const attribute of ['src', 'srcset', 'cite', 'longdesc', 'usemap']) {
    if (!node.hasAttribute(attribute)) continue;
    const value = node.getAttribute(attribute) ?? '';
    const safe =
      attribute === 'src' && tag === 'img'
        ? articlePictureUrl(value, baseUrl)
        : attribute === 'srcset' && tag === 'img'
          ? articleSrcset(value, baseUrl)
          : attribute === 'cite'
            ? articleLinkUrl(value, baseUrl)
            : null;
    if (safe) node.setAttribute(attribute, safe);
    else node.removeAttribute(attribute);
  }
  if (tag === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

/**
 * Sanitized HTML for `dangerouslySetInnerHTML`. `articleUrl` resolves the
 * feed's relative links and images; nothing relative to the app survives.
 */
export function sanitizeArticle(html: string, articleUrl?: string | null): string {
  baseUrl = articleUrl && articleLinkUrl(articleUrl) ? articleUrl : null;
  try {
    return purifier.sanitize(defuseInline(html), { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  } finally {
    baseUrl = null;
  }
}
