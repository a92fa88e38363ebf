/**
 * A row's picture: the cached thumbnail, or the article view's placeholder when the picture was not kept (or its
 * copy has just been evicted: the cache answers 404 and the row falls back here). Decorative for screen readers,
 * like the picture itself: the row's title says what the story is.
 */
import { useState } from 'react';
import { NOT_SAVED_NOTE } from '../article/offline-images';
import '../article/article.css';
import type { RowPicture } from './use-list-pictures';

export function RowPictureView({
  picture,
  className = 'article-row__image',
}: {
  picture: RowPicture;
  /** The front page sizes its pictures itself. */
  className?: string;
}) {
  const [broken, setBroken] = useState<string | null>(null);
  if (picture.kind === 'none') return null;
  if (picture.kind === 'loading') return <span className={className} aria-hidden="true" />;
  if (picture.kind === 'cached' && broken !== picture.src)
    return (
      <img
        className={className}
        src={picture.src}
        alt=""
        loading="lazy"
        decoding="async"
        onError={() => setBroken(picture.src)}
      />
    );
  return (
    <span className={`${className} image-placeholder image-placeholder--thumbnail`} aria-hidden="true">
      <span className="image-placeholder__note">{NOT_SAVED_NOTE}</span>
    </span>
  );
}
