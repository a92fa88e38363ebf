/** The contract methods the image cache answers. */
import type { CoreMethodName, Handlers } from '../../api/contract';
import type { ImageCache } from './image-cache';

export type ImageMethodName = Extract<CoreMethodName, `images.${string}`>;

export function createImageHandlers(
  cache: Pick<ImageCache, 'map' | 'thumbnails' | 'feedIcons'>,
): Handlers<ImageMethodName> {
  return {
    'images.map': (articleId) => cache.map(articleId),
    'images.thumbnails': (articleIds) => cache.thumbnails(articleIds),
    'images.feedIcons': () => cache.feedIcons(),
  };
}
