import type { RefObject } from 'react';
import type { Settings } from '@contract/settings-schema';
import { EmptyState } from '../ui/EmptyState';
import { ArticleView } from './ArticleView';
import './article.css';

interface ReadingPaneProps {
  openId: string | null;
  previousId: string | null;
  nextId: string | null;
  onOpen: (id: string) => void;
  onCategory: (category: string) => void;
  settings: Settings;
  /** The article's scrolling text, for the keyboard to focus. */
  scrollRef: RefObject<HTMLDivElement | null>;
}

/** The right-hand pane where an article is read; the page's main content. */
export function ReadingPane({ openId, ...rest }: ReadingPaneProps) {
  return (
    <main className="pane reading-pane" aria-label="Reading pane">
      {openId ? (
        <ArticleView key={openId} id={openId} {...rest} />
      ) : (
        <EmptyState icon="article" title="Select an article to read">
          Articles open here, with their text and images kept for reading offline.
        </EmptyState>
      )}
    </main>
  );
}
