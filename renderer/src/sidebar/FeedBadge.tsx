/**
 * What stands before a feed's name: its own icon from the offline cache, or a lettered placeholder in a colour of
 * its own. Decorative either way: the row is named by the feed's title.
 */
import { useState, type CSSProperties } from 'react';
import { feedHue, feedLetter } from './feed-letter';
import { useFeedIcon } from './FeedIcons';

export function FeedBadge({ feedId, title }: { feedId: string; title: string }) {
  const src = useFeedIcon(feedId);
  // An icon evicted or unreadable after the answer came back falls back to the letter.
  const [broken, setBroken] = useState<string | null>(null);
  if (src !== null && broken !== src) {
    return (
      <img
        className="feed-badge feed-badge--icon"
        src={src}
        alt=""
        width={16}
        height={16}
        onError={() => setBroken(src)}
      />
    );
  }
  return (
    <span
      className="feed-badge feed-badge--letter"
      aria-hidden="true"
      style={{ '--feed-badge-hue': feedHue(title) } as CSSProperties}
    >
      {feedLetter(title)}
    </span>
  );
}
