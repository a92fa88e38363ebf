/** Moving through the list the article was opened from: null at either end. */
import { useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '@contract/settings-schema';
import { Icon } from '../ui/Icon';
import { BookmarkButtons, type BookmarkControls } from './BookmarkButtons';
import { ReadingMenu } from './ReadingMenu';
import { TextButtons, type TextControls } from './TextButtons';

export interface ArticleSteps {
  previous: (() => void) | null;
  next: (() => void) | null;
}

interface ArticleToolbarProps {
  steps: ArticleSteps;
  text: TextControls;
  bookmark: BookmarkControls;
  /** Opens the article's web page in the browser; null when it has no safe address. */
  openOriginal: (() => void) | null;
  /** The reading settings the "Aa" menu shows and saves. */
  reading: { settings: Settings; save: (patch: SettingsPatch, field: string) => void };
  /** More article actions (the export menu), placed before the reading settings. */
  children?: ReactNode;
}

/**
 * The reading pane's header: previous/next, full text or feed text, bookmark, open original, reading settings.
 * Under it, the dock where the reading menu opens, taking its own room so it never covers the headline.
 */
export function ArticleToolbar({ steps, text, bookmark, openOriginal, reading, children }: ArticleToolbarProps) {
  const [dock, setDock] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <div className="article-toolbar" role="toolbar" aria-label="Article">
        <StepButtons steps={steps} />
        <TextButtons text={text} />
        <span className="article-toolbar__spacer" />
        <BookmarkButtons bookmark={bookmark} />
        {openOriginal && (
          <button type="button" className="tool-button" onClick={openOriginal}>
            <Icon name="external" />
            <span>Open original</span>
          </button>
        )}
        {children}
        <ReadingMenu settings={reading.settings} onSave={reading.save} dock={dock} />
      </div>
      <div className="reading-menu-dock" ref={setDock} />
    </>
  );
}

function StepButtons({ steps }: { steps: ArticleSteps }) {
  return (
    <div className="segmented" role="group" aria-label="Move between articles">
      <button
        type="button"
        className="segmented__button"
        onClick={() => steps.previous?.()}
        disabled={!steps.previous}
        aria-label="Previous article"
        title="Previous article (k)"
      >
        <Icon name="chevron-up" />
      </button>
      <button
        type="button"
        className="segmented__button"
        onClick={() => steps.next?.()}
        disabled={!steps.next}
        aria-label="Next article"
        title="Next article (j)"
      >
        <Icon name="chevron-down" />
      </button>
    </div>
  );
}
