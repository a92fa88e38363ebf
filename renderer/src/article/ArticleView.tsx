import { useRef, useState } from 'react';
import type { Article, Bookmark } from '@contract/library-models';
import type { Settings } from '@contract/settings-schema';
import { useApi } from '../api/ApiProvider';
import { InlineError } from '../ui/InlineError';
import { useReportError } from '../errors/ErrorProvider';
import { useApiQuery } from '../hooks/use-api-query';
import { useArticleState, withFlags } from '../library/article-state';
import { useArticleActions } from '../library/use-article-actions';
import { useSettingsSaver } from '../settings/use-settings-saver';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleToolbar, type TextSource } from './ArticleToolbar';
import { BackToTop } from './BackToTop';
import { BookmarkEditor } from './BookmarkEditor';
import type { ImageMap } from './offline-images';
import { readingStyle } from './reading-style';
import { safeLinkUrl } from './safe-url';
import { useFullText } from './use-full-text';
import { useImageMap } from './use-image-map';
import { articleChoices } from '../export/export-choices';
import { ExportButton } from '../export/ExportButton';
import { languageAttributes } from './language-attributes';

interface ArticleViewProps {
  id: string;
  previousId: string | null;
  nextId: string | null;
  onOpen: (id: string) => void;
  onCategory: (category: string) => void;
  settings: Settings;
}

/**
 * One article, loaded in full together with the map of its cached pictures
 * (both asked for at once); mounted afresh per article so scroll and choices
 * start over.
 */
export function ArticleView({ id, previousId, nextId, onOpen, onCategory, settings }: ArticleViewProps) {
  const loaded = useApiQuery('articles.get', [id]);
  const [imagesVersion, setImagesVersion] = useState(0);
  const images = useImageMap(id, imagesVersion);
  const { flags } = useArticleState();
  if (loaded.status === 'error')
    return <InlineError what="The article could not be opened" error={loaded.error} onRetry={loaded.retry} />;
  if (loaded.status === 'loading' || images === null)
    return (
      <p className="reading-pane__note" role="status">
        Loading the article…
      </p>
    );
  return (
    <LoadedArticle
      article={withFlags(loaded.value, flags)}
      images={images}
      onImagesChanged={() => setImagesVersion((n) => n + 1)}
      previousId={previousId}
      nextId={nextId}
      onOpen={onOpen}
      onCategory={onCategory}
      settings={settings}
    />
  );
}

type LoadedProps = Omit<ArticleViewProps, 'id'> & { article: Article; images: ImageMap; onImagesChanged: () => void };

function LoadedArticle({
  article,
  images,
  onImagesChanged,
  previousId,
  nextId,
  onOpen,
  onCategory,
  settings,
}: LoadedProps) {
  const api = useApi();
  const report = useReportError();
  const { toggleBookmark } = useArticleActions();
  const saver = useSettingsSaver(settings);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [bookmark, setBookmark] = useState<Bookmark | null>(article.bookmark);
  const [editing, setEditing] = useState(false);
  const [source, setSource] = useState<TextSource>(article.fullTextHtml ? 'full' : 'feed');
  const fullText = useFullText(article, () => {
    setSource('full');
    onImagesChanged();
  });
  const both = Boolean(fullText.html && article.contentHtml);
  const html = (source === 'full' ? fullText.html : article.contentHtml) ?? article.contentHtml ?? fullText.html;
  const original = article.url ? safeLinkUrl(article.url) : null;

  const openOriginal = () => {
    if (original)
      api.call('links.openExternal', original).catch((error: unknown) => report('Opening the original', error));
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
        fullText={!original ? 'unavailable' : fullText.state === 'fetching' ? 'fetching' : 'available'}
        onFetchFullText={fullText.fetch}
        originalUrl={original}
        onOpenOriginal={openOriginal}
        settings={saver.current}
        onSaveSettings={saver.save}
      >
        <ExportButton choices={articleChoices(article.id)} font={saver.current.reading.font} />
      </ArticleToolbar>
      <p className="visually-hidden" role="status">
        {fullText.announcement}
      </p>
      {fullText.error && (
        <InlineError what="The full text could not be fetched" error={fullText.error} onRetry={fullText.fetch} />
      )}
      {saver.status.state === 'failed' && (
        <p className="reading-pane__error" role="alert">
          Your reading settings could not be saved: {saver.status.message}
        </p>
      )}
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
          {...languageAttributes(article.language)}
          aria-labelledby="article-title"
          style={readingStyle(saver.current.reading)}
        >
          <ArticleHeader article={article} onCategory={onCategory} />
          {article.isBookmarked && bookmark && (bookmark.tags.length > 0 || bookmark.note) && (
            <aside className="article__bookmark" aria-label="Your bookmark">
              {bookmark.tags.length > 0 && (
                <p className="article__tags">{bookmark.tags.map((tag) => `#${tag}`).join('  ')}</p>
              )}
              {bookmark.note && (
                <p className="article__note" dir="auto">
                  {bookmark.note}
                </p>
              )}
            </aside>
          )}
          {html ? (
            <ArticleBody html={html} articleUrl={article.url} language={article.language} images={images} />
          ) : (
            <p className="article__content article__content--text">{article.text || article.summary}</p>
          )}
        </article>
      </div>
      <BackToTop scrollRef={scrollRef} onTop={toTop} />
    </>
  );
}
