/**
 * Points the article's pictures at the offline image cache. Runs on the
 * sanitizer's output (so every address is already absolute and safe) and
 * before the HTML reaches the page, so the browser never even tries an
 * address that cannot load: with the network off, a picture the cache does
 * not hold becomes a placeholder instead of a broken-image icon and a failed
 * request. Online, an uncached picture keeps its https address (the CSP's
 * img-src allows https:, not http:); anything else becomes the same
 * placeholder.
 */
export type ImageMap = Readonly<Record<string, string>>;

/**
 * Offline, or online for a plain-http picture the CSP would block, the cure is
 * the same: a copy in the offline cache. So the reader is told that, not the
 * transport detail.
 */
export const NOT_SAVED_NOTE = 'This picture wasn’t saved for offline reading';

export function localizeImages(sanitizedHtml: string, images: ImageMap, online: boolean): string {
  if (!sanitizedHtml.includes('<img')) return sanitizedHtml;
  // A <template>'s content is inert: nothing in it loads or runs while we edit it.
  const template = document.createElement('template');
  template.innerHTML = sanitizedHtml;
  const cached = new Map(Object.entries(images));
  for (const img of [...template.content.querySelectorAll('img')]) {
    const note = placeImage(img, cached, online);
    if (note) img.replaceWith(placeholder(img, note));
  }
  return template.innerHTML;
}

/** Settles one picture's address; returns the placeholder's note when it cannot be shown. */
function placeImage(img: HTMLImageElement, cached: Map<string, string>, online: boolean): string | null {
  const src = img.getAttribute('src');
  const candidates = srcsetCandidates(img.getAttribute('srcset'));
  const addresses = [src, ...candidates.map(([url]) => url)].filter((url): url is string => Boolean(url));
  const local = addresses.map((url) => cached.get(url)).find((url) => url !== undefined);
  if (local !== undefined || (src && /^(data|bsimg):/i.test(src))) {
    if (local !== undefined) img.setAttribute('src', local);
    // The browser would prefer a srcset candidate, which may not be cached.
    img.removeAttribute('srcset');
    return null;
  }
  if (!online) return NOT_SAVED_NOTE;
  const secure = candidates.filter(([url]) => url.startsWith('https:'));
  if (src?.startsWith('https:') || secure.length > 0) {
    if (!src?.startsWith('https:')) img.setAttribute('src', secure[0]![0]);
    if (secure.length > 0) img.setAttribute('srcset', secure.map((candidate) => candidate.join(' ')).join(', '));
    else img.removeAttribute('srcset');
    return null;
  }
  return addresses.length > 0 ? NOT_SAVED_NOTE : null;
}

/** The sanitizer writes srcset as "url descriptor, url descriptor" (see articleSrcset in @contract/url-policy/article-policy.ts). */
function srcsetCandidates(srcset: string | null): [string, ...string[]][] {
  if (!srcset) return [];
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter((parts): parts is [string, ...string[]] => Boolean(parts[0]));
}

/** The picture's description and why it is missing, as text (never parsed as HTML). */
function placeholder(img: HTMLImageElement, note: string): HTMLElement {
  const doc = img.ownerDocument;
  const alt = img.getAttribute('alt')?.trim() ?? '';
  const box = doc.createElement('span');
  box.className = 'image-placeholder';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', alt ? `${alt}. ${note}` : note);
  if (alt) {
    const text = doc.createElement('span');
    text.className = 'image-placeholder__alt';
    text.textContent = alt;
    box.append(text);
  }
  const why = doc.createElement('span');
  why.className = 'image-placeholder__note';
  why.textContent = note;
  box.append(why);
  return box;
}
