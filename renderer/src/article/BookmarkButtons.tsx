/** The article's bookmark, and the editor of its tags and note. */
import { Icon } from '../ui/Icon';

export interface BookmarkControls {
  isBookmarked: boolean;
  toggle: () => void;
  /** Whether the tags and note editor is open. */
  editing: boolean;
  toggleEditing: () => void;
}

/** "Bookmark" (pressed when bookmarked), then "Tags & note" for a bookmarked article. */
export function BookmarkButtons({ bookmark }: { bookmark: BookmarkControls }) {
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={bookmark.isBookmarked}
        onClick={bookmark.toggle}
        title="Bookmark (b)"
      >
        <Icon name={bookmark.isBookmarked ? 'bookmark-filled' : 'bookmarks'} />
        <span>{bookmark.isBookmarked ? 'Bookmarked' : 'Bookmark'}</span>
      </button>
      {bookmark.isBookmarked && (
        <button type="button" className="tool-button" aria-expanded={bookmark.editing} onClick={bookmark.toggleEditing}>
          Tags &amp; note
        </button>
      )}
    </>
  );
}
