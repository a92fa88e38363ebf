import { useId } from 'react';
import { Icon } from '../ui/Icon';
import { SegmentedChoice, type Segment } from '../ui/SegmentedChoice';

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
  /** Why fetching cannot work now ("Full text needs a connection"), or null. */
  blockedBy: string | null;
}

const SOURCES: readonly Segment<TextSource>[] = [
  { value: 'full', content: 'Full text' },
  { value: 'feed', content: 'Feed text' },
];

/** "Full text" / "Feed text" when both exist, else "Fetch full text" when the page can be fetched. */
export function TextButtons({ text }: { text: TextControls }) {
  const reasonId = useId();
  if (text.source) {
    return (
      <SegmentedChoice
        label="Text"
        segments={SOURCES}
        value={text.source}
        onChange={text.choose}
        buttonClassName="segmented__button--text"
      />
    );
  }
  if (text.fullText === 'unavailable') return null;
  const blocked = text.blockedBy !== null;
  return (
    <>
      <button
        type="button"
        className="tool-button"
        // aria-disabled, not disabled: a button pressed from the keyboard keeps its focus while it works, and a
        // blocked one can still be reached and say why.
        onClick={() => text.fullText === 'available' && !blocked && text.fetchFullText()}
        aria-disabled={text.fullText === 'fetching' || blocked}
        aria-busy={text.fullText === 'fetching'}
        aria-describedby={blocked ? reasonId : undefined}
        title={text.blockedBy ?? 'Fetch the article’s web page and show its full text (f)'}
      >
        <Icon name="article" />
        <span>{text.fullText === 'fetching' ? 'Fetching full text…' : 'Fetch full text'}</span>
      </button>
      {blocked && (
        <span id={reasonId} className="visually-hidden">
          {text.blockedBy}
        </span>
      )}
    </>
  );
}
