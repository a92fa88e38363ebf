/**
 * Which pictures of an article to keep offline: the lead image, then every
 * `<img>` (and `<picture>`) of its content and extracted full text, in
 * document order, at most MAX_IMAGES_PER_ARTICLE. Each picture is downloaded
 * once, at `url`; `aliases` are every address the HTML uses for the same
 * picture (src, every srcset candidate, lazy-loading attributes), so the UI
 * can swap any of them for the cached copy.
 */
import { Parser } from 'htmlparser2';
import { bestSrcsetCandidate, parseSrcset, type SrcsetCandidate } from './srcset';
import { isTrackingPixel } from './tracking-pixels';

export interface SelectedImage {
  url: string;
  aliases: string[];
}

export interface ArticleImageSource {
  contentHtml?: string | null;
  fullTextHtml?: string | null;
  leadImageUrl?: string | null;
  /** The article's address, for any relative URL the sync left behind. */
  baseUrl?: string | null;
}

export const MAX_IMAGES_PER_ARTICLE = 50;
const MAX_URL_LENGTH = 4096;

type Attributes = Record<string, string>;

export function selectArticleImages(source: ArticleImageSource): SelectedImage[] {
  const picked = new Map<string, SelectedImage>();
  const add = (image: SelectedImage | undefined) => {
    if (!image || picked.size >= MAX_IMAGES_PER_ARTICLE) return;
    const known = picked.get(image.url);
    if (known) known.aliases = [...new Set([...known.aliases, ...image.aliases])];
    else picked.set(image.url, image);
  };
  const base = source.baseUrl ?? undefined;
  if (source.leadImageUrl) add(choose({ src: source.leadImageUrl }, [], base));
  for (const html of [source.contentHtml, source.fullTextHtml]) {
    if (html) scanHtml(html, base, add);
  }
  return [...picked.values()];
}

function scanHtml(html: string, base: string | undefined, add: (image: SelectedImage | undefined) => void): void {
  // <source> candidates of the <picture> being read; null outside one.
  let sources: string[][] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'picture') sources = [];
        else if (name === 'source' && sources) sources.push(sourceSrcsets(attributes));
        else if (name === 'img') add(choose(attributes, sources?.flat() ?? [], base));
      },
      onclosetag(name) {
        if (name === 'picture') sources = null;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
}

function sourceSrcsets(attributes: Attributes): string[] {
  // A format we refuse to cache (SVG) is no use offline; other types are sniffed after download.
  if (/svg/i.test(attributes.type ?? '')) return [];
  return [attributes.srcset, attributes['data-srcset']].filter((value): value is string => Boolean(value));
}

function choose(
  attributes: Attributes,
  extraSrcsets: readonly string[],
  base: string | undefined,
): SelectedImage | undefined {
  const rawSrcs = [attributes.src, attributes['data-src'], attributes['data-lazy-src'], attributes['data-original']];
  const srcsets = [attributes.srcset, attributes['data-srcset'], ...extraSrcsets].filter((v): v is string =>
    Boolean(v),
  );
  const candidates: SrcsetCandidate[] = srcsets.flatMap(parseSrcset);
  const aliases = [...rawSrcs.filter((v): v is string => Boolean(v)), ...candidates.map((c) => c.url)];

  const best = bestSrcsetCandidate(candidates.filter((c) => toHttpUrl(c.url, base)));
  const fallback = rawSrcs.find((raw) => raw && toHttpUrl(raw, base));
  const chosen = toHttpUrl(best?.url ?? fallback ?? '', base);
  if (!chosen) return undefined;
  const hints = { url: chosen, width: attributes.width, height: attributes.height, style: attributes.style };
  if (isTrackingPixel(hints)) return undefined;

  const all = new Set<string>([chosen.href]);
  for (const alias of aliases) {
    all.add(alias.trim());
    const resolved = toHttpUrl(alias, base);
    if (resolved) all.add(resolved.href);
  }
  return { url: chosen.href, aliases: [...all].filter((alias) => alias !== '') };
}

/** An absolute http(s) URL, or undefined for data:, javascript:, junk and monsters. */
export function toHttpUrl(raw: string, base?: string): URL | undefined {
  const text = raw.trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}
