/**
 * The sources of a story, side by side above its text (issue 18): every outlet that told the event, earliest first,
 * each with its headline and time; the one being read is marked, and any other opens in its place. The article's
 * own header stays the story's lead, so a reader compares headlines without leaving the story.
 */
import type { ArticleSummary } from '@contract/library-models';
import { useQuery } from '../hooks/use-query';
import { useArticleState, withChanges } from '../library/article-state';
import { shortTime } from '../library/format-time';
import { languageAttributes } from './language-attributes';
import './story-sources.css';

interface StorySourcesProps {
  storyId: string;
  openId: string;
  onOpen: (id: string, known: ArticleSummary) => void;
}

export function StorySources({ storyId, openId, onOpen }: StorySourcesProps) {
  // Live: a source read elsewhere (or a new one arriving) shows here at once.
  const sources = useQuery('articles.story', [storyId], { live: true });
  const { changes } = useArticleState();
  // One article is no story to compare; a failed load leaves the article itself to read.
  if (sources.status !== 'ready' || sources.value.length < 2) return null;
  const shown = sources.value.map((source) => withChanges(source, changes));
  return (
    <section className="story-sources" aria-labelledby="story-sources-title">
      <h2 className="story-sources__title" id="story-sources-title">
        This story from {shown.length} sources
      </h2>
      <ol className="story-sources__list">
        {shown.map((source) => (
          <SourceCard key={source.id} source={source} current={source.id === openId} onOpen={onOpen} />
        ))}
      </ol>
    </section>
  );
}

function SourceCard({
  source,
  current,
  onOpen,
}: {
  source: ArticleSummary;
  current: boolean;
  onOpen: (id: string, known: ArticleSummary) => void;
}) {
  return (
    <li className={`story-source ${source.isRead ? 'is-read' : 'is-unread'}`}>
      <button
        type="button"
        className="story-source__button"
        aria-current={current ? 'true' : undefined}
        data-article-id={source.id}
        onClick={() => onOpen(source.id, source)}
      >
        <span className="story-source__feed" dir="auto">
          {source.feedTitle}
        </span>
        <span className="story-source__headline" {...languageAttributes(source.language)}>
          {source.title || 'Untitled'}
        </span>
        <span className="story-source__meta">
          {!source.isRead && <span className="visually-hidden">Unread. </span>}
          <time dateTime={source.sortTime} dir="auto">
            {shortTime(source.sortTime)}
          </time>
        </span>
      </button>
    </li>
  );
}
