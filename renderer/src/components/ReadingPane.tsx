import { EmptyState } from './EmptyState';
import './reading-pane.css';

/** The right-hand pane where an article is read; the page's main content. */
export function ReadingPane() {
  return (
    <main className="pane reading-pane" aria-label="Reading pane">
      <EmptyState icon="article" title="Select an article to read">
        Articles open here, with their text and images kept for reading offline.
      </EmptyState>
    </main>
  );
}
