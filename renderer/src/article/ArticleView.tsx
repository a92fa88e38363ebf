import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Article, ArticleSummary } from '@contract/library-models';
import type { Settings } from '@contract/settings-schema';
import { articleLinkUrl } from '@contract/url-policy/article-policy';
import { useApi } from '../api/ApiProvider';
import { InlineError } from '../ui/InlineError';
import { useReportError } from '../errors/ErrorProvider';
import { useQuery } from '../hooks/use-query';
import { useArticleState, withChanges } from '../library/article-state';
import { useArticleActions } from '../library/use-article-actions';
import { useSettingsSaver } from '../settings/use-settings-saver';
import type { ArticleCommands } from './article-commands';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleToolbar } from './ArticleToolbar';
import { BackToTop } from './BackToTop';
import { BookmarkEditor } from './BookmarkEditor';
import { BookmarkNote } from './BookmarkNote';
import { FullTextMissing } from './FullTextMissing';
import type { ImageMap } from './offline-images';
import { readingStyle } from './reading-style';
import type { TextSource } from './TextButtons';
import { teaserReason } from './teaser';
import { TeaserOffer } from './TeaserOffer';
import { NEEDS_CONNECTION, useFullText } from './use-full-text';
import { useImageMap } from './use-image-map';
import { articleChoices } from '../export/export-choices';
import { ExportButton } from '../export/ExportButton';
import { languageAttributes } from './language-attributes';
import { StorySources } from './StorySources';
import { HiddenNote } from '../rules/HiddenNote';
import { useArticleRuleMenu } from './use-article-rule-menu';

export interface ArticleViewProps {
  id: string;
  previousId: string | null;
  nextId: string | null;
  /** Opens another article; `known` is its summary when it is not in the list (a story's other source). */
  onOpen: (id: string, known?: ArticleSummary) => void;
  onCategory: (category: string) => void;
  settings: Settings;
  /** The article's scrolling text: the back-to-top button scrolls it, the keyboard focuses it. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Filled with what the open article offers the keyboard (`v`, `f`); emptied when it closes. */
  commandsRef?: RefObject<ArticleCommands | null>;
  /** False when the window or the core knows the network is gone: fetching the full text then rests. */
  online?: boolean;
}

/**
 * One article, loaded in full together with the map of its cached pictures
 * (both asked for at once); mounted afresh per article so scroll and choices
 * start over.
 */
export function ArticleView({ id, ...rest }: ArticleViewProps) {
  const loaded = useQuery('articles.get', [id]);
  const [imagesVersion, setImagesVersion] = useState(0);
  const images = useImageMap(id, imagesVersion);
  const { changes } = useArticleState();
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
      article={withChanges(loaded.value, changes)}
      images={images}
      onImagesChanged={() => setImagesVersion((n) => n + 1)}
      {...rest}
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
  scrollRef,
  commandsRef,
  online = true,
}: LoadedProps) {
  const api = useApi();
  const report = useReportError();
  const { toggleBookmark } = useArticleActions();
  const saver = useSettingsSaver(settings);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ruleMenu = useArticleRuleMenu(article);
  const [editing, setEditing] = useState(false);
  const [source, setSource] = useState<TextSource>(article.fullTextHtml ? 'full' : 'feed');
  const fullText = useFullText(article, online, () => {
    setSource('full');
    onImagesChanged();
  });
  const both = Boolean(fullText.html && article.contentHtml);
  const html = (source === 'full' ? fullText.html : article.contentHtml) ?? article.contentHtml ?? fullText.html;
  const original = article.url ? articleLinkUrl(article.url) : null;

  const openOriginal = original
    ? () => {
        api.call('links.openExternal', original).catch((error: unknown) => report('Opening the original', error));
      }
    : null;
  // A page already tried and found without the article: say so, rather than offer it again as the whole article.
  const missing = Boolean(original && !fullText.html && fullText.notExtracted);
  const teaser = original && !fullText.html && !missing ? teaserReason(article) : null;
  const fetchFullText = original && !fullText.html ? fullText.fetch : () => undefined;
  useEffect(() => {
    if (!commandsRef) return;
    commandsRef.current = { openOriginal: openOriginal ?? (() => undefined), fetchFullText };
    return () => {
      commandsRef.current = null;
    };
  });
  const toTop = () => {
    scrollRef.current?.scrollTo({ top: 0 });
    titleRef.current?.focus();
  };

  return (
    <>
      <ArticleToolbar
        steps={{
          previous: previousId ? () => onOpen(previousId) : null,
          next: nextId ? () => onOpen(nextId) : null,
        }}
        text={{
          source: both ? source : null,
          choose: setSource,
          fullText: !original ? 'unavailable' : fullText.state === 'fetching' ? 'fetching' : 'available',
          fetchFullText: fullText.fetch,
          blockedBy: fullText.offline ? NEEDS_CONNECTION : null,
        }}
        bookmark={{
          isBookmarked: article.isBookmarked,
          toggle: () => {
            if (article.isBookmarked) setEditing(false);
            toggleBookmark(article);
          },
          editing,
          toggleEditing: () => setEditing(!editing),
        }}
        openOriginal={openOriginal}
        reading={{ settings: saver.current, save: saver.save }}
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
          bookmark={article.bookmark}
          onSaved={() => setEditing(false)}
          onClose={() => setEditing(false)}
        />
      )}
      {article.hiddenByRule && <HiddenNote articleId={article.id} />}
      <div
        className="reading-pane__scroll"
        ref={scrollRef}
        onContextMenu={ruleMenu.onContextMenu}
        onKeyDown={ruleMenu.onKeyDown}
      >
        <article
          className="article"
          {...languageAttributes(article.language)}
          aria-labelledby="article-title"
          style={readingStyle(saver.current.reading)}
        >
          <ArticleHeader
            article={fullText.page ? { ...article, ...fullText.page } : article}
            onCategory={onCategory}
            titleRef={titleRef}
          />
          {article.story && <StorySources storyId={article.story.id} openId={article.id} onOpen={onOpen} />}
          {teaser && (
            <TeaserOffer
              feedId={article.feedId}
              fetching={fullText.state === 'fetching'}
              offline={fullText.offline}
              fetchFullText={fullText.fetch}
            />
          )}
          {missing && (
            <FullTextMissing
              fetching={fullText.state === 'fetching'}
              offline={fullText.offline}
              tryAgain={fullText.fetch}
              openOriginal={openOriginal}
            />
          )}
          {article.bookmark && <BookmarkNote bookmark={article.bookmark} />}
          {html ? (
            <ArticleBody html={html} articleUrl={article.url} language={article.language} images={images} />
          ) : (
            <p className="article__content article__content--text">{article.text || article.summary}</p>
          )}
        </article>
      </div>
      {ruleMenu.element}
      <BackToTop scrollRef={scrollRef} onTop={toTop} />
    </>
  );
}
