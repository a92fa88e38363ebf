import { Icon } from '../components/Icon';

export type TextSource = 'full' | 'feed';

interface ArticleToolbarProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  isBookmarked: boolean;
  onToggleBookmark: () => void;
  editingBookmark: boolean;
  onEditBookmark: () => void;
  /** Only when the article has both texts. */
  textSource: TextSource | null;
  onTextSource: (source: TextSource) => void;
  originalUrl: string | null;
  onOpenOriginal: () => void;
}

/** The reading pane's header: previous/next, bookmark, full text or feed text, open original. */
export function ArticleToolbar(props: ArticleToolbarProps) {
  return (
    <div className="article-toolbar" role="toolbar" aria-label="Article">
      <div className="segmented" role="group" aria-label="Move between articles">
        <button type="button" className="segmented__button" onClick={props.onPrevious} disabled={!props.hasPrevious} aria-label="Previous article" title="Previous article (k)">
          <Icon name="chevron-up" />
        </button>
        <button type="button" className="segmented__button" onClick={props.onNext} disabled={!props.hasNext} aria-label="Next article" title="Next article (j)">
          <Icon name="chevron-down" />
        </button>
      </div>
      {props.textSource && (
        <div className="segmented" role="group" aria-label="Text">
          {(['full', 'feed'] as const).map((source) => (
            <button key={source} type="button" className="segmented__button segmented__button--text" aria-pressed={props.textSource === source} onClick={() => props.onTextSource(source)}>
              {source === 'full' ? 'Full text' : 'Feed text'}
            </button>
          ))}
        </div>
      )}
      <span className="article-toolbar__spacer" />
      <button type="button" className="tool-button" aria-pressed={props.isBookmarked} onClick={props.onToggleBookmark} title="Bookmark (b)">
        <Icon name={props.isBookmarked ? 'bookmark-filled' : 'bookmarks'} />
        <span>{props.isBookmarked ? 'Bookmarked' : 'Bookmark'}</span>
      </button>
      {props.isBookmarked && (
        <button type="button" className="tool-button" aria-expanded={props.editingBookmark} onClick={props.onEditBookmark}>
          Tags &amp; note
        </button>
      )}
      {props.originalUrl && (
        <button type="button" className="tool-button" onClick={props.onOpenOriginal}>
          <Icon name="external" />
          <span>Open original</span>
        </button>
      )}
    </div>
  );
}
