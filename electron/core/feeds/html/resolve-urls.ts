/**
 * Makes the URLs inside feed HTML absolute. Only tags that carry a relative
 * URL are rewritten; every other byte of the markup is kept as the feed sent
 * it (sanitizing is the display's job, not the parser's).
 */
import { Parser } from 'htmlparser2';
import { hasScheme, resolveUrl } from '../urls';
import { capNesting } from './cap-nesting';

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  applet: ['codebase'],
  area: ['href'],
  audio: ['src'],
  blockquote: ['cite'],
  body: ['background'],
  del: ['cite'],
  form: ['action'],
  frame: ['longdesc', 'src'],
  iframe: ['longdesc', 'src'],
  head: ['profile'],
  img: ['longdesc', 'src', 'usemap', 'srcset'],
  input: ['src', 'usemap'],
  ins: ['cite'],
  link: ['href'],
  object: ['classid', 'codebase', 'data', 'usemap'],
  q: ['cite'],
  script: ['src'],
  source: ['src', 'srcset'],
  track: ['src'],
  video: ['poster', 'src'],
};

export function resolveHtmlUrls(markup: string, base: string): string {
  if (!markup.includes('<')) return markup;
  const html = capNesting(markup);
  if (!base) return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const names = URL_ATTRIBUTES[name];
        if (!names) return;
        let changed = false;
        const next: Record<string, string> = {};
        for (const [key, value] of Object.entries(attribs)) {
          const resolved = names.includes(key) ? resolveAttribute(key, value, base) : value;
          if (resolved !== value) changed = true;
          next[key] = resolved;
        }
        if (!changed) return;
        const start = parser.startIndex;
        const end = parser.endIndex;
        const selfClosing = html.slice(start, end + 1).endsWith('/>');
        edits.push({ start, end: end + 1, text: serializeTag(name, next, selfClosing) });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (edits.length === 0) return html;
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

function resolveAttribute(name: string, value: string, base: string): string {
  if (name === 'srcset') {
    return value
      .split(',')
      .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolveOne(url, base)))
      .join(', ');
  }
  return resolveOne(value, base);
}

function resolveOne(raw: string, base: string): string {
  const ref = raw.trim();
  if (ref === '' || hasScheme(ref) || ref.startsWith('#')) return raw;
  return resolveUrl(ref, base) ?? raw;
}

export function serializeTag(name: string, attribs: Record<string, string>, selfClosing: boolean): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attribs)) out += ` ${key}="${value.replaceAll('"', '&quot;')}"`;
  return out + (selfClosing ? ' />' : '>');
}
