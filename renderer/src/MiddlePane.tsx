/** The front page, or the article list of whatever the sidebar selected. */
import { ArticleListPane } from './article-list/ArticleListPane';
import { FrontPage } from './front-page/FrontPage';
import { showsBroadsheet } from './front-page/broadsheet';
import { describeSelection } from './library/describe-selection';
import { useLibraryData } from './library/library-data';
import { isMixed, scopeOf, selectionKey } from './library/views';
import { SearchResults } from './search/SearchResults';
import type { Reader } from './use-reader';

export function MiddlePane({
  reader,
  reloadKey,
  sync,
}: {
  reader: Reader;
  reloadKey: unknown;
  sync: { online: boolean; running: unknown };
}) {
  const { sections, feeds } = useLibraryData();
  const scope = scopeOf(reader.selection);
  if (reader.selection.kind === 'search') {
    return (
      <SearchResults
        key={reader.selection.id}
        query={reader.selection.id}
        openId={reader.openId}
        onOpen={reader.open}
        onItems={reader.setItems}
      />
    );
  }
  if (!scope) {
    return (
      <FrontPage
        broadsheet={showsBroadsheet(reader)}
        openId={reader.openId}
        onOpen={reader.open}
        onClose={reader.close}
        onSeeAll={(id) => reader.select({ kind: 'section', id })}
        onItems={reader.setItems}
        reloadKey={reloadKey}
        library={{ feeds: feeds.length, online: sync.online, refreshing: sync.running !== null }}
      />
    );
  }
  const described = describeSelection(reader.selection, sections, feeds);
  return (
    <ArticleListPane
      key={`${selectionKey(reader.selection)}:${String(reloadKey)}`}
      scope={scope}
      {...described}
      mixed={isMixed(reader.selection)}
      sectionNames={new Map(sections.map((section) => [section.id, section.name]))}
      options={reader.listOptions}
      onOptionsChange={reader.setListOptions}
      openId={reader.openId}
      onOpen={reader.open}
      onItems={reader.setItems}
      markReadOnScroll={reader.markReadOnScroll}
    />
  );
}
