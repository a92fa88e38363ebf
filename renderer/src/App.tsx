import { useState } from 'react';
import { Banners } from './shell/Banners';
import { Sidebar } from './sidebar/Sidebar';
import { useCoreStatus } from './hooks/use-core-status';
import { useCounts } from './hooks/use-counts';
import { useQuery } from './hooks/use-query';
import { useNotices } from './hooks/use-notices';
import { useSettings } from './hooks/use-settings';
import { ArticleStateProvider } from './library/article-state';
import { MiddlePane } from './MiddlePane';
import { ReadingPane } from './article/ReadingPane';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { SettingsView } from './settings/SettingsView';
import { useReader } from './use-reader';
import { useApiEvent } from './hooks/use-api-event';
import { useSync } from './sync/use-sync';
import { useWebNotifications } from './sync/use-web-notifications';
import { useThemeSetting } from './theme/use-theme-setting';
import './styles/layout.css';

/** The three-pane shell: sidebar, article list, reading pane, with messages above. */
export function App() {
  return (
    <ArticleStateProvider>
      <Reader />
    </ArticleStateProvider>
  );
}

function Reader() {
  const { status, recoveries } = useCoreStatus();
  const sections = useQuery('sections.list', [], { live: true, reloadKey: recoveries });
  const feeds = useQuery('feeds.list', [], { live: true, reloadKey: recoveries });
  const counts = useCounts(recoveries);
  const { notices, dismiss } = useNotices();
  const { theme, setTheme } = useThemeSetting();
  const settings = useSettings();
  const sync = useSync(recoveries);
  const info = useQuery('app.getInfo', [], { reloadKey: recoveries });
  useWebNotifications(
    settings,
    sections.status === 'ready' ? sections.value : [],
    info.status === 'ready' ? info.value.runtime : null,
  );
  const reader = useReader(settings, { refresh: () => sync.refresh() });
  const onLibraryChanged = () => {
    sections.retry();
    feeds.retry();
  };
  // An empty list (e.g. a feed just added) loads again when a run brings articles; a list being read keeps its place.
  const [listReloads, setListReloads] = useState(0);
  useApiEvent('sync.finished', (finished) => {
    // A run changes feeds' errors and last-refresh times even when no article is new.
    onLibraryChanged();
    if (finished.newArticles > 0 && reader.items.length === 0) setListReloads((n) => n + 1);
  });

  return (
    <div className="app">
      <Banners status={status} notices={notices} onDismissNotice={dismiss} offline={!sync.online} />
      <div className="panes">
        <Sidebar
          selection={reader.selection}
          onSelect={reader.select}
          sections={sections}
          feeds={feeds.status === 'ready' ? feeds.value : []}
          counts={counts}
          onRetrySections={sections.retry}
          theme={theme}
          onThemeChange={setTheme}
          searchRef={reader.searchRef}
          sync={sync}
          onLibraryChanged={onLibraryChanged}
          onOpenSettings={reader.openSettings}
        />
        {/* Settings take the place of the list and the reading pane, which stay mounted (and keep their place) while hidden. */}
        <div className="panes__reader" hidden={reader.settingsOpen}>
          <MiddlePane
            reader={reader}
            sections={sections.status === 'ready' ? sections.value : []}
            feeds={feeds.status === 'ready' ? feeds.value : []}
            reloadKey={`${recoveries}:${listReloads}`}
            sync={sync}
          />
          <ReadingPane
            openId={reader.openId}
            previousId={reader.previousId}
            nextId={reader.nextId}
            onOpen={reader.open}
            onCategory={(category) => reader.select({ kind: 'category', id: category })}
            settings={settings}
          />
        </div>
        {reader.settingsOpen && (
          <SettingsView
            settings={settings}
            sections={sections.status === 'ready' ? sections.value : []}
            onClose={reader.closeSettings}
          />
        )}
      </div>
      {reader.helpOpen && <ShortcutsDialog onClose={reader.closeHelp} />}
    </div>
  );
}
