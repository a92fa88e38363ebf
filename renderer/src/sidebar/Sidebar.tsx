import type { RefObject } from 'react';
import type { Feed } from '@contract/library-models';
import { useLibraryData } from '../library/library-data';
import { DEFAULT_SELECTION, isSelected, type Selection } from '../library/views';
import type { Theme } from '../theme/use-theme-setting';
import { AppInfoFooter } from './AppInfoFooter';
import { FeedIconsProvider } from './FeedIcons';
import { Icon } from '../ui/Icon';
import { RowNavigation } from './RowNavigation';
import { SectionList } from './SectionList';
import { SmartViewList } from './SmartViewList';
import { SearchField } from '../search/SearchField';
import { ThemePicker } from './ThemePicker';
import { LibraryActionsProvider } from '../subscriptions/LibraryActionsProvider';
import { SyncPanel } from '../sync/SyncPanel';
import type { SyncView } from '../sync/use-sync';
import './sidebar.css';

interface SidebarProps {
  selection: Selection;
  onSelect: (next: Selection) => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  sync: SyncView;
  onOpenSettings: () => void;
  /** The section of the article open in the reading pane, if any: where a new feed most likely belongs. */
  openArticleSectionId: string | null;
}

export function Sidebar(props: SidebarProps) {
  const { feeds } = useLibraryData();
  const preferredSectionId = preferredSection(props.selection, feeds, props.openArticleSectionId);
  return (
    <LibraryActionsProvider
      refresh={props.sync.refresh}
      onSelectSection={(id) => props.onSelect(id ? { kind: 'section', id } : { kind: 'smart', id: 'unread' })}
      onRemoved={(removed) => isSelected(props.selection, removed) && props.onSelect(DEFAULT_SELECTION)}
      preferredSectionId={preferredSectionId}
    >
      <SidebarBody {...props} />
    </LibraryActionsProvider>
  );
}

/** Add feed offers the section the reader is in: the selected one, the selected feed's, or the open article's. */
function preferredSection(selection: Selection, feeds: readonly Feed[], openArticleSectionId: string | null) {
  if (selection.kind === 'section') return selection.id;
  if (selection.kind === 'feed') {
    const sectionId = feeds.find((feed) => feed.id === selection.id)?.sectionId;
    if (sectionId) return sectionId;
  }
  return openArticleSectionId;
}

function SidebarBody(props: SidebarProps) {
  const { feeds } = useLibraryData();
  return (
    <div className="pane sidebar">
      <header className="sidebar__masthead">
        <h1 className="sidebar__title">Broadsheet</h1>
      </header>
      <SearchField inputRef={props.searchRef} onSearch={(query) => props.onSelect({ kind: 'search', id: query })} />
      <RowNavigation className="sidebar__nav" label="Library">
        <SmartViewList selection={props.selection} onSelect={props.onSelect} />
        <FeedIconsProvider>
          <SectionList selection={props.selection} onSelect={props.onSelect} onOpenAccounts={props.onOpenSettings} />
        </FeedIconsProvider>
      </RowNavigation>
      <SyncPanel
        sync={props.sync}
        feeds={feeds}
        onOpenFeed={(id) => props.onSelect({ kind: 'feed', id })}
        onOpenAccounts={props.onOpenSettings}
      />
      <footer className="sidebar__footer">
        <button type="button" className="sidebar__settings" title="Settings (,)" onClick={props.onOpenSettings}>
          <Icon name="settings" />
          Settings
        </button>
        <ThemePicker theme={props.theme} onChange={props.onThemeChange} />
        <AppInfoFooter />
      </footer>
    </div>
  );
}
