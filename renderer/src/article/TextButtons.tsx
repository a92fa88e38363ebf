import { Icon } from '../ui/Icon';

export type TextSource = 'full' | 'feed';

/** Whether the article's web page can be fetched for its full text, and how that is going. */
export type FullTextState = 'unavailable' | 'available' | 'fetching';

/** Which of the article's texts is shown, and fetching the full text. */
export interface TextControls {
  /** The text shown when the article has both; null when it has one. */
  source: TextSource | null;
  choose: (source: TextSource) => void;
  fullText: FullTextState;
  fetchFullText: () => void;
}

/** "Full text" / "Feed text" when both exist, else "Fetch full text" when the page can be fetched. */
export function TextButtons({ text }: { text: TextControls }) {
  if (text.source) {
    return (
      <div className="segmented" role="group" aria-label="Text">
        {(['full', 'feed'] as const).map((source) => (
          <button
            key={source}
            type="button"
            className="segmented__button segmented__button--text"
            aria-pressed={text.source === source}
            onClick={() => text.choose(source)}
          >
            {source === 'full' ? 'Full text' : 'Feed text'}
          </button>
        ))}
      </div>
    );
  }
  if (text.fullText === 'unavailable') return null;
  return (
    <button
      type="button"
      className="tool-button"
      // aria-disabled, not disabled: a button pressed from the keyboard keeps its focus while it works.
      onClick={() => text.fullText === 'available' && text.fetchFullText()}
      aria-disabled={text.fullText === 'fetching'}
      aria-busy={text.fullText === 'fetching'}
      title="Fetch the article’s web page and show its full text"
    >
      <Icon name="article" />
      <span>{text.fullText === 'fetching' ? 'Fetching full text…' : 'Fetch full text'}</span>
    </button>
  );
}
