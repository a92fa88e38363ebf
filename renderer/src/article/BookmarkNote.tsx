/** The reader's tags and note above the article's text, when the bookmark has any. */
import type { Bookmark } from '@contract/library-models';

export function BookmarkNote({ bookmark }: { bookmark: Bookmark }) {
  if (bookmark.tags.length === 0 && !bookmark.note) return null;
  return (
    <aside className="article__bookmark" aria-label="Your bookmark">
      {bookmark.tags.length > 0 && <p className="article__tags">{bookmark.tags.map((tag) => `#${tag}`).join('  ')}</p>}
      {bookmark.note && (
        <p className="article__note" dir="auto">
          {bookmark.note}
        </p>
      )}
    </aside>
  );
}
