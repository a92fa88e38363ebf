import { Banners } from './components/Banners';
import { Sidebar } from './components/Sidebar';
import { useCoreStatus } from './hooks/use-core-status';
import { useCounts } from './hooks/use-counts';
import { useLiveQuery } from './hooks/use-live-query';
import { useNotices } from './hooks/use-notices';
import { useSettings } from './hooks/use-settings';
import { ArticleStateProvider } from './library/article-state';
import { MiddlePane } from './MiddlePane';
import { ReadingPane } from './article/ReadingPane';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { useReader } from './use-reader';
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
  const sections = useLiveQuery('sections.list', [], recoveries);
  const feeds = useLiveQuery('feeds.list', [], recoveries);
  const counts = useCounts(recoveries);
  const { notices, dismiss } = useNotices();
  const { theme, setTheme } = useThemeSetting();
  const settings = useSettings();
  const reader = useReader(settings);

  return (
    <div className="app">
      <Banners status={status} notices={notices} onDismissNotice={dismiss} />
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
        />
        <MiddlePane
          reader={reader}
          sections={sections.status === 'ready' ? sections.value : []}
          feeds={feeds.status === 'ready' ? feeds.value : []}
          reloadKey={recoveries}
        />
        <ReadingPane
          openId={reader.openId}
          previousId={reader.previousId}
          nextId={reader.nextId}
          onOpen={reader.open}
          onCategory={(category) => reader.select({ kind: 'category', id: category })}
          reading={settings.reading}
        />
      </div>
      {reader.helpOpen && <ShortcutsDialog onClose={reader.closeHelp} />}
    </div>
  );
}
