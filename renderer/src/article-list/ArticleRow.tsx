import type { KeyboardEvent, MouseEvent } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { Icon } from '../ui/Icon';
import { shortTime } from '../library/format-time';
import { languageAttributes } from '../article/language-attributes';
import { BookmarkGlance } from './BookmarkGlance';
import { otherSourcesLabel } from '../library/story-sources';
import { RowPictureView } from './RowPictureView';
import type { RowPicture } from './use-list-pictures';

export type ListLayout = 'compact' | 'cards';

interface ArticleRowProps {
  article: ArticleSummary;
  layout: ListLayout;
  selected: boolean;
  /** Shown before the feed in views that mix sections. */
  sectionName?: string;
  /** Cards only: the lead picture from the offline cache (see use-list-pictures.ts). */
  picture?: RowPicture;
  onOpen: (id: string) => void;
  /** The row's menu: right-click, Shift+F10 or the ContextMenu key (see use-context-menu.ts). */
  onContextMenu?: (event: MouseEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * One article in a list or on the front page: unread dot, title, source and time; in the bookmarks list, the
 * bookmark's tags and note; cards add summary and picture.
 */
export function ArticleRow({
  article,
  layout,
  selected,
  sectionName,
  picture,
  onOpen,
  onContextMenu,
  onKeyDown,
}: ArticleRowProps) {
  const classes = ['article-row', `article-row--${layout}`, article.isRead ? 'is-read' : 'is-unread'];
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-article-id={article.id}
      onClick={() => onOpen(article.id)}
      onContextMenu={onContextMenu}
      onKeyDown={onKeyDown}
    >
      <span className="article-row__marks">
        {!article.isRead && <span className="article-row__dot" />}
        {article.isBookmarked && <Icon name="bookmarks" className="article-row__bookmark" />}
      </span>
      <span className="article-row__body">
        <span className="visually-hidden">
          {article.isRead ? '' : 'Unread. '}
          {article.isBookmarked ? 'Bookmarked. ' : ''}
        </span>
        <span className="article-row__title" {...languageAttributes(article.language)}>
          {article.title || 'Untitled'}
        </span>
        <span className="article-row__meta">
          {sectionName && <span className="article-row__section">{sectionName}</span>}
          <span className="article-row__source">{article.feedTitle}</span>
          {article.story && <span className="article-row__sources"> {otherSourcesLabel(article)}</span>}
          <span aria-hidden="true"> · </span>
          <time dateTime={article.sortTime}>{shortTime(article.sortTime)}</time>
        </span>
        {article.bookmarkGlance && <BookmarkGlance glance={article.bookmarkGlance} />}
        {layout === 'cards' && article.summary && (
          <span className="article-row__summary" {...languageAttributes(article.language)}>
            {article.summary}
          </span>
        )}
      </span>
      {layout === 'cards' && picture && <RowPictureView picture={picture} />}
    </button>
  );
}
