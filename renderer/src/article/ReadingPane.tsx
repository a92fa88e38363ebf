import { EmptyState } from '../ui/EmptyState';
import { ArticleView, type ArticleViewProps } from './ArticleView';
import './article.css';

type ReadingPaneProps = Omit<ArticleViewProps, 'id'> & { openId: string | null };

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
