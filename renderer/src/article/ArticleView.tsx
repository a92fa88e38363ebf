import { useRef, useState } from 'react';
import type { Article, Bookmark } from '../../../electron/api/library-models';
import type { Settings } from '../../../electron/api/settings-schema';
import { useApi } from '../api/ApiProvider';
import { InlineError } from '../components/InlineError';
import { useReportError } from '../errors/ErrorProvider';
import { useApiQuery } from '../hooks/use-api-query';
import { useArticleState, withFlags } from '../library/article-state';
import { useArticleActions } from '../library/use-article-actions';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleToolbar, type TextSource } from './ArticleToolbar';
import { BackToTop } from './BackToTop';
import { BookmarkEditor } from './BookmarkEditor';
import { readingStyle } from './reading-style';
import { safeLinkUrl } from './safe-url';

interface ArticleViewProps {
  id: string;
  previousId: string | null;
  nextId: string | null;
  onOpen: (id: string) => void;
  onCategory: (category: string) => void;
  reading: Settings['reading'];
}

/** One article, loaded in full; mounted afresh per article so scroll and choices start over. */
export function ArticleView({ id, previousId, nextId, onOpen, onCategory, reading }: ArticleViewProps) {
  const loaded = useApiQuery('articles.get', [id]);
  const { flags } = useArticleState();
  if (loaded.status === 'loading') return <p className="reading-pane__note" role="status">Loading the article…</p>;
  if (loaded.status === 'error') return <InlineError what="The article could not be opened" error={loaded.error} onRetry={loaded.retry} />;
  return (
    <LoadedArticle
      article={withFlags(loaded.value, flags)}
      previousId={previousId}
      nextId={nextId}
      onOpen={onOpen}
      onCategory={onCategory}
      reading={reading}
    />
  );
}

type LoadedProps = Omit<ArticleViewProps, 'id'> & { article: Article };

function LoadedArticle({ article, previousId, nextId, onOpen, onCategory, reading }: LoadedProps) {
  const api = useApi();
  const report = useReportError();
  const { toggleBookmark } = useArticleActions();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [bookmark, setBookmark] = useState<Bookmark | null>(article.bookmark);
  const [editing, setEditing] = useState(false);
  const both = Boolean(article.fullTextHtml && article.contentHtml);
  const [source, setSource] = useState<TextSource>(article.fullTextHtml ? 'full' : 'feed');
  const html = (source === 'full' ? article.fullTextHtml : article.contentHtml) ?? article.contentHtml ?? article.fullTextHtml;
  const original = article.url ? safeLinkUrl(article.url) : null;

  const openOriginal = () => {
    if (original) api.call('links.openExternal', original).catch((error: unknown) => report('Opening the original', error));
  };
  const toTop = () => {
    scrollRef.current?.scrollTo({ top: 0 });
    document.getElementById('article-title')?.focus();
  };

  return (
    <>
      <ArticleToolbar
        hasPrevious={previousId !== null}
        hasNext={nextId !== null}
        onPrevious={() => previousId && onOpen(previousId)}
        onNext={() => nextId && onOpen(nextId)}
        isBookmarked={article.isBookmarked}
        onToggleBookmark={() => {
          if (article.isBookmarked) setEditing(false);
          toggleBookmark(article);
        }}
        editingBookmark={editing}
        onEditBookmark={() => setEditing(!editing)}
        textSource={both ? source : null}
        onTextSource={setSource}
        originalUrl={original}
        onOpenOriginal={openOriginal}
      />
      {editing && article.isBookmarked && (
        <BookmarkEditor
          articleId={article.id}
          bookmark={bookmark}
          onSaved={(saved) => {
            setBookmark(saved);
            setEditing(false);
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <div className="reading-pane__scroll" ref={scrollRef}>
        <article
          className="article"
          lang={article.language ?? undefined}
          dir="auto"
          aria-labelledby="article-title"
          style={readingStyle(reading)}
        >
          <ArticleHeader article={article} onCategory={onCategory} />
          {article.isBookmarked && bookmark && (bookmark.tags.length > 0 || bookmark.note) && (
            <aside className="article__bookmark" aria-label="Your bookmark">
              {bookmark.tags.length > 0 && <p className="article__tags">{bookmark.tags.map((tag) => `#${tag}`).join('  ')}</p>}
              {bookmark.note && <p className="article__note" dir="auto">{bookmark.note}</p>}
            </aside>
          )}
          {html ? (
            <ArticleBody html={html} articleUrl={article.url} language={article.language} />
          ) : (
            <p className="article__content article__content--text" dir="auto">{article.text || article.summary}</p>
          )}
        </article>
      </div>
      <BackToTop scrollRef={scrollRef} onTop={toTop} />
    </>
  );
}
