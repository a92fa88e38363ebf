/**
 * URL policies for content from feeds. Links may only lead to the web or an
 * e-mail client; images may only come from the web, the offline image cache
 * (`bsimg:`) or an inline raster `data:image/…`. Everything else — including
 * `javascript:`, `vbscript:`, `file:`, other `data:` and SVG data — is refused.
 */
const RASTER_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;

function parse(value: string, base?: string | null): URL | null {
  // Browsers strip control characters and whitespace inside schemes; refuse them instead of guessing.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    return new URL(value.trim(), base ?? undefined);
  } catch {
    return null;
  }
}

/** An absolute http(s) or mailto link, resolved against the article's own address; else null. */
export function safeLinkUrl(value: string, base?: string | null): string | null {
  const url = parse(value, base);
  if (!url) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.username || url.password ? null : url.href;
  if (url.protocol === 'mailto:') return url.href;
  return null;
}

/** An image source the page may load; else null. */
export function safeImageUrl(value: string, base?: string | null): string | null {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return RASTER_DATA_IMAGE.test(trimmed) ? trimmed : null;
  const url = parse(trimmed, base);
  if (!url) return null;
  if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'bsimg:') return url.href;
  return null;
}

/** A `srcset` with only safe candidates kept; null when none is left. */
export function safeSrcset(value: string, base?: string | null): string | null {
  const kept = value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([src = '', ...descriptor]) => {
      const safe = safeImageUrl(src, base);
      // A data URL inside srcset would be split at its comma; they are rare there, so refuse them.
      return safe && !safe.startsWith('data:') ? [[safe, ...descriptor].join(' ')] : [];
    });
  return kept.length > 0 ? kept.join(', ') : null;
}
