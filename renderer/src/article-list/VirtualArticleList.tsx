import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { InlineError } from '../ui/InlineError';
import { groupByDay, groupBySection, type Grouping } from '../library/group-rows';
import { ArticleRow, type ListLayout } from './ArticleRow';
import { glanceHeight } from './BookmarkGlance';
import type { ArticlePages } from './use-article-pages';
import { useArticleMenu } from './use-article-menu';
import type { RowPicture } from './use-list-pictures';
import type { MenuItem } from '../ui/context-menu/ContextMenu';
import { useMarkOnScroll } from './use-mark-on-scroll';

const HEIGHTS = { heading: 34, compact: 68, cards: 124, footer: 56 } as const;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;
const DAY: Grouping = { by: 'day' };

interface VirtualArticleListProps {
  pages: ArticlePages;
  items: ArticleSummary[];
  layout: ListLayout;
  openId: string | null;
  sectionName?: (article: ArticleSummary) => string | undefined;
  /** Day headings (the default), or a heading per section for lists the core grouped by section. */
  grouping?: Grouping;
  /** Cards: each row's lead picture from the offline cache. */
  pictureOf?: (article: ArticleSummary) => RowPicture;
  onOpen: (id: string) => void;
  label: string;
  /** "Mark articles read as they scroll past" is on: unread rows that leave the top go here. */
  onScrolledPast?: (ids: string[]) => void;
  /** A row's context menu (right-click, Shift+F10, the ContextMenu key). */
  menuItems?: (article: ArticleSummary) => MenuItem[];
}

/**
 * Only the rows on screen (plus a few) exist in the DOM, so a list of
 * 100,000 articles costs what a list of 30 does. Heights are fixed per row
 * kind (the CSS clamps text to match), so nothing has to be measured.
 */
export function VirtualArticleList({
  pages,
  items,
  layout,
  openId,
  sectionName,
  grouping = DAY,
  pictureOf,
  onOpen,
  label,
  onScrolledPast,
  menuItems,
}: VirtualArticleListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleMenu = useArticleMenu(menuItems);
  // The virtualizer re-renders on every scroll frame; with 100,000 loaded rows, grouping must not run each time.
  const rows = useMemo(
    () => (grouping.by === 'section' ? groupBySection(items, grouping.name) : groupByDay(items)),
    [items, grouping],
  );
  const footer = pages.hasMore || pages.moreError !== null;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us on scroll; nothing memoizes its functions
  const virtualizer = useVirtualizer({
    count: rows.length + (footer ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      if (!row) return HEIGHTS.footer;
      return row.type === 'heading' ? HEIGHTS.heading : HEIGHTS[layout] + glanceHeight(row.article.bookmarkGlance);
    },
    getItemKey: (index) => rows[index]?.key ?? 'footer',
    overscan: 10,
    // jsdom and the first paint have no layout yet; a plausible viewport renders the first rows at once.
    initialRect: { width: 360, height: 900 },
  });
  const virtualRows = virtualizer.getVirtualItems();
  useMarkOnScroll(onScrolledPast, rows, virtualizer.range?.startIndex ?? 0);
  const lastIndex = virtualRows.at(-1)?.index ?? 0;
  const { hasMore, loadingMore, moreError, loadMore } = pages;

  useEffect(() => {
    if (hasMore && !loadingMore && !moreError && lastIndex >= rows.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, loadingMore, moreError, lastIndex, rows.length, loadMore]);

  const openIndex = useMemo(
    () => rows.findIndex((row) => row.type === 'article' && row.article.id === openId),
    [rows, openId],
  );
  useEffect(() => {
    if (openIndex >= 0) virtualizer.scrollToIndex(openIndex, { align: 'auto' });
  }, [openIndex, virtualizer]);

  return (
    <div className="virtual-list" ref={scrollRef}>
      <div
        className="virtual-list__inner"
        role="list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index];
          return (
            <div
              key={virtualRow.key}
              role="listitem"
              className="virtual-list__row"
              style={{ transform: `translateY(${virtualRow.start}px)`, height: virtualRow.size }}
            >
              {!row ? (
                moreError ? (
                  <InlineError what="More articles could not be loaded" error={moreError} onRetry={loadMore} />
                ) : (
                  <p className="virtual-list__more" role="status">
                    Loading more…
                  </p>
                )
              ) : row.type === 'heading' ? (
                <h3 className="virtual-list__heading">{row.label}</h3>
              ) : (
                <ArticleRow
                  article={row.article}
                  layout={layout}
                  selected={row.article.id === openId}
                  sectionName={sectionName?.(row.article)}
                  picture={pictureOf?.(row.article)}
                  onOpen={onOpen}
                  {...articleMenu.handlers(row.article)}
                />
              )}
            </div>
          );
        })}
      </div>
      {articleMenu.element}
    </div>
  );
}
