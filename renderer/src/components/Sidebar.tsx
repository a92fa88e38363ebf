import type { RefObject } from 'react';
import type { Feed } from '../../../electron/api/library-models';
import type { Counts } from '../../../electron/api/library-queries';
import type { Section } from '../../../electron/api/models';
import type { QueryState } from '../hooks/use-api-query';
import type { Selection } from '../library/views';
import type { Theme } from '../theme/use-theme-setting';
import { AppInfoFooter } from './AppInfoFooter';
import { moveFocusWithArrows } from './move-focus';
import { SectionList } from './SectionList';
import { SmartViewList } from './SmartViewList';
import { SearchField } from '../search/SearchField';
import { ThemePicker } from './ThemePicker';
import './sidebar.css';

interface SidebarProps {
  selection: Selection;
  onSelect: (next: Selection) => void;
  sections: QueryState<Section[]>;
  feeds: Feed[];
  counts: Counts | null;
  onRetrySections: () => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function Sidebar(props: SidebarProps) {
  return (
    <div className="pane sidebar">
      <header className="sidebar__masthead">
        <h1 className="sidebar__title">Broadsheet</h1>
      </header>
      <SearchField inputRef={props.searchRef} onSearch={(query) => props.onSelect({ kind: 'search', id: query })} />
      <nav className="sidebar__nav" aria-label="Library" onKeyDown={(event) => moveFocusWithArrows(event, '.sidebar-item')}>
        <SmartViewList selection={props.selection} onSelect={props.onSelect} counts={props.counts} />
        <SectionList
          sections={props.sections}
          feeds={props.feeds}
          counts={props.counts}
          onRetry={props.onRetrySections}
          selection={props.selection}
          onSelect={props.onSelect}
        />
      </nav>
      <footer className="sidebar__footer">
        <ThemePicker theme={props.theme} onChange={props.onThemeChange} />
        <AppInfoFooter />
      </footer>
    </div>
  );
}
