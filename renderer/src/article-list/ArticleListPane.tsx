import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { TagFilter } from '../bookmarks/TagFilter';
import { EmptyState } from '../ui/EmptyState';
import { InlineError } from '../ui/InlineError';
import { useArticleState, withChanges } from '../library/article-state';
import type { Grouping } from '../library/group-rows';
import type { ListScope } from '@contract/library-queries';
import { ListControls, type ListOptions } from './ListControls';
import { listChoices } from '../export/export-choices';
import { useArticlePages } from './use-article-pages';
import { ShowAllAgain } from '../rules/ShowAllAgain';
import { useListPictures } from './use-list-pictures';
import { VirtualArticleList } from './VirtualArticleList';
import { useArticleActions } from '../library/use-article-actions';
import { articleRowMenu } from './article-row-menu';
import './article-list.css';

interface ArticleListPaneProps {
  scope: ListScope;
  title: string;
  emptyTitle: string;
  emptyHint: string;
  mixed: boolean;
  sectionNames: ReadonlyMap<string, string>;
  options: ListOptions;
  onOptionsChange: (next: ListOptions) => void;
  openId: string | null;
  onOpen: (id: string) => void;
  onItems: (items: ArticleSummary[]) => void;
  /** Settings → "Mark articles read as they scroll past". */
  markReadOnScroll: boolean;
}

function sectionLabel(article: ArticleSummary, names: ReadonlyMap<string, string>): string {
  return (article.sectionId ? names.get(article.sectionId) : undefined) ?? 'Not in a section';
}

/** The middle pane for every view but the front page: a title, options, and the virtualized list. */
export function ArticleListPane(props: ArticleListPaneProps) {
  const { options, onItems, sectionNames } = props;
  // The bookmarks view narrows to one tag with the chips of <TagFilter>.
  const [tag, setTag] = useState<string | undefined>(undefined);
  const bookmarks = props.scope.kind === 'bookmarks';
  const scope = useMemo<ListScope>(
    () => (bookmarks && tag !== undefined ? { kind: 'bookmarks', tag } : props.scope),
    [bookmarks, tag, props.scope],
  );
  const bySection = props.mixed && options.grouping === 'section';
  const pages = useArticlePages({
    scope,
    order: options.order,
    unreadOnly: options.unreadOnly,
    ...(bySection ? { groupBy: 'section' } : {}),
  });
  const grouping = useMemo<Grouping>(
    () => (bySection ? { by: 'section', name: (article) => sectionLabel(article, sectionNames) } : { by: 'day' }),
    [bySection, sectionNames],
  );
  const { changes } = useArticleState();
  const items = useMemo(() => pages.items.map((item) => withChanges(item, changes)), [pages.items, changes]);
  // In the commit that shows the rows: a key pressed as soon as they appear must act on them, not the last view's.
  useLayoutEffect(() => onItems(items), [items, onItems]);
  const pictureOf = useListPictures(items, options.layout === 'cards');
  const actions = useArticleActions();
  const { setRead } = actions;
  const markScrolledPast = useCallback((ids: string[]) => setRead(ids, true), [setRead]);
  const menuItems = (article: ArticleSummary) =>
    articleRowMenu(article, { items, scope, order: options.order, bySection, hasMore: pages.hasMore }, actions);

  return (
    <section className="pane article-list" aria-labelledby="article-list-title">
      <header className="pane-header pane-header--list">
        <h2 className="pane-header__title" id="article-list-title">
          {props.title}
        </h2>
        <ListControls
          options={options}
          onChange={props.onOptionsChange}
          exportChoices={listChoices(scope, props.title)}
          canGroup={props.mixed}
        />
        {bookmarks && <TagFilter selected={tag} onChange={setTag} />}
        {scope.kind === 'hidden' && pages.status === 'ready' && (
          <ShowAllAgain items={items} complete={!pages.hasMore} />
        )}
      </header>
      <div className="article-list__body">
        {pages.status === 'loading' && (
          <p className="article-list__note" role="status">
            Loading articles…
          </p>
        )}
        {pages.status === 'error' && pages.error && (
          <InlineError what="Articles could not be loaded" error={pages.error} onRetry={pages.retry} />
        )}
        {pages.status === 'ready' && items.length === 0 && (
          <EmptyState icon="list" title={options.unreadOnly ? 'No unread articles' : props.emptyTitle}>
            {options.unreadOnly ? 'Turn off “Unread only” to see everything here.' : props.emptyHint}
          </EmptyState>
        )}
        {pages.status === 'ready' && items.length > 0 && (
          <VirtualArticleList
            key={`${options.layout}:${bySection ? 'section' : 'day'}`}
            pages={pages}
            items={items}
            layout={options.layout}
            grouping={grouping}
            pictureOf={pictureOf}
            openId={props.openId}
            onOpen={props.onOpen}
            label={`Articles in ${props.title}`}
            onScrolledPast={props.markReadOnScroll ? markScrolledPast : undefined}
            menuItems={menuItems}
            sectionName={
              props.mixed && !bySection
                ? (article) => (article.sectionId ? sectionNames.get(article.sectionId) : undefined)
                : undefined
            }
          />
        )}
      </div>
    </section>
  );
}
