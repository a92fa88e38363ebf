import type { RefObject } from 'react';
import { useLibraryData } from '../library/library-data';
import { DEFAULT_SELECTION, isSelected, type Selection } from '../library/views';
import type { Theme } from '../theme/use-theme-setting';
import { AppInfoFooter } from './AppInfoFooter';
import { Icon } from '../ui/Icon';
import { RowNavigation } from './RowNavigation';
import { SectionList } from './SectionList';
import { SmartViewList } from './SmartViewList';
import { SearchField } from '../search/SearchField';
import { ThemePicker } from './ThemePicker';
import { LibraryActionsProvider } from '../subscriptions/library-actions';
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
}

export function Sidebar(props: SidebarProps) {
  const selectedSection = props.selection.kind === 'section' ? props.selection.id : null;
  return (
    <LibraryActionsProvider
      refresh={props.sync.refresh}
      onSelectSection={(id) => props.onSelect(id ? { kind: 'section', id } : { kind: 'smart', id: 'unread' })}
      onRemoved={(removed) => isSelected(props.selection, removed) && props.onSelect(DEFAULT_SELECTION)}
      preferredSectionId={selectedSection}
    >
      <SidebarBody {...props} />
    </LibraryActionsProvider>
  );
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
        <SectionList selection={props.selection} onSelect={props.onSelect} />
      </RowNavigation>
      <SyncPanel sync={props.sync} feeds={feeds} onOpenFeed={(id) => props.onSelect({ kind: 'feed', id })} />
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
