/**
 * One story on the broadsheet: its picture, headline, standfirst (a few lines of it in the grid), source and time. The headline
 * is the button, so a screen reader names the story by its headline; the button's hit area stretches over the whole
 * story (front-page.css), so a click on the picture or the standfirst opens it too.
 */
import { useId } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { languageAttributes } from '../article/language-attributes';
import { RowPictureView } from '../article-list/RowPictureView';
import type { RowPicture } from '../article-list/use-list-pictures';
import { Icon } from '../ui/Icon';
import { shortTime } from '../library/format-time';
import { otherSourcesLabel } from '../library/story-sources';

interface FrontStoryProps {
  article: ArticleSummary;
  lead: boolean;
  picture: RowPicture;
  onOpen: (id: string) => void;
}

export function FrontStory({ article, lead, picture, onOpen }: FrontStoryProps) {
  const metaId = useId();
  const text = languageAttributes(article.language);
  const classes = [
    'front-story',
    lead ? 'front-story--lead' : 'front-story--grid',
    article.isRead ? 'is-read' : 'is-unread',
  ];
  return (
    // The story's direction (not its language: the source and time are the app's) lays it out from its side.
    <li className={classes.join(' ')} dir={text.dir}>
      <RowPictureView picture={picture} className="front-story__picture" />
      <div className="front-story__text">
        <button
          type="button"
          className="front-story__headline"
          data-article-id={article.id}
          aria-describedby={metaId}
          onClick={() => onOpen(article.id)}
          {...text}
        >
          {article.title || 'Untitled'}
        </button>
        {article.summary && (
          <p className="front-story__standfirst" {...text}>
            {article.summary}
          </p>
        )}
        <p className="front-story__meta" id={metaId}>
          {!article.isRead && (
            <>
              <span className="front-story__dot" aria-hidden="true" />
              <span className="visually-hidden">Unread. </span>
            </>
          )}
          {article.isBookmarked && (
            <>
              <Icon name="bookmarks" className="front-story__bookmark" />
              <span className="visually-hidden">Bookmarked. </span>
            </>
          )}
          {/* Isolated: "11:17 AM" must not turn into "AM 11:17" in a right-to-left story, nor a name scramble it. */}
          <span className="front-story__source" dir="auto">
            {article.feedTitle}
          </span>
          {article.story && <span className="front-story__sources"> {otherSourcesLabel(article)}</span>}
          <span aria-hidden="true"> · </span>
          <time dateTime={article.sortTime} dir="auto">
            {shortTime(article.sortTime)}
          </time>
        </p>
      </div>
    </li>
  );
}
