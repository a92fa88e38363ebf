/**
 * The picture that represents an article in lists: the feed's own choice
 * (media thumbnail, image media content, an image enclosure) before the first
 * real image in the content. Tracking pixels and inline data are skipped.
 */
import { Parser } from 'htmlparser2';
import type { FeedEntry } from './types';

const isImageType = (type: string | undefined) => type?.toLowerCase().startsWith('image/') ?? false;

function absoluteHttp(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = base ? new URL(url.trim(), base) : new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first `<img>` with a usable source that is not a 1×1 beacon. */
export function firstContentImage(html: string, base: string): string | undefined {
  if (!html.includes('<img') && !html.includes('<IMG')) return undefined;
  let found: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (found || name !== 'img') return;
        if (attribs.width === '1' || attribs.height === '1' || attribs.width === '0' || attribs.height === '0') return;
        const candidate = attribs.src ?? attribs['data-src'] ?? attribs.srcset?.split(',')[0]?.trim().split(/\s+/)[0];
        found = absoluteHttp(candidate, base);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

export function leadImageOf(entry: FeedEntry, contentHtml: string | undefined, base: string): string | undefined {
  const thumbnails = [...entry.media.thumbnails].sort((a, b) => (b.width ?? 0) - (a.width ?? 0));
  for (const thumbnail of thumbnails) {
    const url = absoluteHttp(thumbnail.url, base);
    if (url) return url;
  }
  for (const media of entry.media.contents) {
    if (media.medium === 'image' || isImageType(media.type)) {
      const url = absoluteHttp(media.url, base);
      if (url) return url;
    }
  }
  for (const enclosure of entry.enclosures) {
    if (isImageType(enclosure.type)) {
      const url = absoluteHttp(enclosure.url, base);
      if (url) return url;
    }
  }
  if (entry.itunes.image) {
    const url = absoluteHttp(entry.itunes.image, base);
    if (url) return url;
  }
  return firstContentImage(contentHtml ?? '', base);
}
