/**
 * What an article may show: links may only lead to the web or an e-mail
 * client; pictures may only come from the web, the offline image cache
 * (`bsimg:`) or an inline raster `data:image/…`. Everything else — including
 * `javascript:`, `vbscript:`, `file:`, other `data:` and SVG data — is refused.
 * Relative references resolve against the article's own address.
 */
import { IMAGE_CACHE_SCHEME } from '../csp';
import { checkMailto } from './mailto';
import { checkScheme, checkWebUrl, parseUrl, readUrlText, writtenScheme } from './url-rules';
import { refuse, urlOrNull, type UrlVerdict } from './url-verdict';

const RASTER_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;

/** A link in an article: absolute (or relative to `base`) credential-free http(s), or mailto. */
export function checkArticleLink(raw: unknown, base?: string | null): UrlVerdict {
  return checkMailto(raw) ?? checkWebUrl(raw, { whitespace: 'trim', credentials: 'refuse', fragment: 'keep', base });
}

/** A picture in an article: web, the offline image cache, or inline raster data. */
export function checkArticlePicture(raw: unknown, base?: string | null): UrlVerdict {
  // Inline data is matched whole (base64 may be wrapped over lines) and kept exactly as written.
  const trimmed = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof trimmed === 'string' && /^data:/i.test(trimmed))
    return RASTER_DATA_IMAGE.test(trimmed)
      ? { allowed: true, url: trimmed }
      : refuse('picture-data', 'only PNG, GIF, JPEG, WebP, AVIF or BMP data pictures show', 'data:');
  const text = readUrlText(raw, { whitespace: 'trim' });
  if (typeof text === 'string' && writtenScheme(text) === IMAGE_CACHE_SCHEME) return checkCachedPicture(text);
  return checkWebUrl(raw, { whitespace: 'trim', credentials: 'refuse', fragment: 'keep', base });
}

function checkCachedPicture(text: string): UrlVerdict {
  const url = parseUrl(text, null);
  if (!(url instanceof URL)) return url;
  const scheme = checkScheme(text, url, [IMAGE_CACHE_SCHEME]);
  if (scheme) return scheme;
  if (url.username !== '' || url.password !== '') return refuse('credentials', 'URL carries credentials');
  return { allowed: true, url: url.href };
}

/** The convenience forms for the sanitizer: the URL to write, or null. */
export function articleLinkUrl(raw: string, base?: string | null): string | null {
  return urlOrNull(checkArticleLink(raw, base));
}

export function articlePictureUrl(raw: string, base?: string | null): string | null {
  return urlOrNull(checkArticlePicture(raw, base));
}

/** A `srcset` with only allowed candidates kept; null when none is left. */
export function articleSrcset(value: string, base?: string | null): string | null {
  const kept = value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([src = '', ...descriptor]) => {
      const safe = articlePictureUrl(src, base);
      // A data URL inside srcset would be split at its comma; they are rare there, so refuse them.
      return safe && !safe.startsWith('data:') ? [[safe, ...descriptor].join(' ')] : [];
    });
  return kept.length > 0 ? kept.join(', ') : null;
}
