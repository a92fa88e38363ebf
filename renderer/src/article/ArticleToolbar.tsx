import type { ReactNode } from 'react';
import type { Settings, SettingsPatch } from '@contract/settings-schema';
import { Icon } from '../ui/Icon';
import { ReadingMenu } from './ReadingMenu';

export type TextSource = 'full' | 'feed';

/** Whether the article's web page can be fetched for its full text, and how that is going. */
export type FullTextState = 'unavailable' | 'available' | 'fetching';

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
  fullText: FullTextState;
  onFetchFullText: () => void;
  originalUrl: string | null;
  onOpenOriginal: () => void;
  settings: Settings;
  onSaveSettings: (patch: SettingsPatch, field: string) => void;
  /** More article actions (the export menu), placed before the reading settings. */
  children?: ReactNode;
}

/** The reading pane's header: previous/next, full text or feed text, bookmark, open original, reading settings. */
export function ArticleToolbar(props: ArticleToolbarProps) {
  return (
    <div className="article-toolbar" role="toolbar" aria-label="Article">
      <div className="segmented" role="group" aria-label="Move between articles">
        <button
          type="button"
          className="segmented__button"
          onClick={props.onPrevious}
          disabled={!props.hasPrevious}
          aria-label="Previous article"
          title="Previous article (k)"
        >
          <Icon name="chevron-up" />
        </button>
        <button
          type="button"
          className="segmented__button"
          onClick={props.onNext}
          disabled={!props.hasNext}
          aria-label="Next article"
          title="Next article (j)"
        >
          <Icon name="chevron-down" />
        </button>
      </div>
      {props.textSource && (
        <div className="segmented" role="group" aria-label="Text">
          {(['full', 'feed'] as const).map((source) => (
            <button
              key={source}
              type="button"
              className="segmented__button segmented__button--text"
              aria-pressed={props.textSource === source}
              onClick={() => props.onTextSource(source)}
            >
              {source === 'full' ? 'Full text' : 'Feed text'}
            </button>
          ))}
        </div>
      )}
      {!props.textSource && props.fullText !== 'unavailable' && (
        <button
          type="button"
          className="tool-button"
          // aria-disabled, not disabled: a button pressed from the keyboard keeps its focus while it works.
          onClick={() => props.fullText === 'available' && props.onFetchFullText()}
          aria-disabled={props.fullText === 'fetching'}
          aria-busy={props.fullText === 'fetching'}
          title="Fetch the article’s web page and show its full text"
        >
          <Icon name="article" />
          <span>{props.fullText === 'fetching' ? 'Fetching full text…' : 'Fetch full text'}</span>
        </button>
      )}
      <span className="article-toolbar__spacer" />
      <button
        type="button"
        className="tool-button"
        aria-pressed={props.isBookmarked}
        onClick={props.onToggleBookmark}
        title="Bookmark (b)"
      >
        <Icon name={props.isBookmarked ? 'bookmark-filled' : 'bookmarks'} />
        <span>{props.isBookmarked ? 'Bookmarked' : 'Bookmark'}</span>
      </button>
      {props.isBookmarked && (
        <button
          type="button"
          className="tool-button"
          aria-expanded={props.editingBookmark}
          onClick={props.onEditBookmark}
        >
          Tags &amp; note
        </button>
      )}
      {props.originalUrl && (
        <button type="button" className="tool-button" onClick={props.onOpenOriginal}>
          <Icon name="external" />
          <span>Open original</span>
        </button>
      )}
      {props.children}
      <ReadingMenu settings={props.settings} onSave={props.onSaveSettings} />
    </div>
  );
}
